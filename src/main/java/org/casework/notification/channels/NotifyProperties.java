package org.casework.notification.channels;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * GOV.UK Notify from configuration ({@code casework.notify.*}, e.g. {@code CASEWORK_NOTIFY_API_KEY}). {@code timeout}
 * bounds each call to Notify, connecting and answering together.
 */
@ConfigurationProperties("casework.notify")
record NotifyProperties(
        String apiKey,
        @DefaultValue(NotifySettings.LIVE_BASE_URL) String baseUrl,
        String emailTemplateId,
        String smsTemplateId,
        String callbackToken,
        @DefaultValue("10s") Duration timeout) {

    NotifySettings settings() {
        return new NotifySettings(apiKey, baseUrl, emailTemplateId, smsTemplateId, callbackToken);
    }

    @Override
    public String toString() {
        return "NotifyProperties[" + settings() + ", timeout=" + timeout + "]";
    }
}
