package org.casework.notification.channels;

/**
 * What the Notify channels need: the service's API key, Notify's address, the council's two templates (email with
 * {@code ((subject))} and {@code ((body))}, text message with {@code ((body))}), and the bearer token Notify sends
 * with delivery receipts. The key and token never appear in {@link #toString}.
 */
public record NotifySettings(
        String apiKey, String baseUrl, String emailTemplateId, String smsTemplateId, String callbackToken) {

    public static final String LIVE_BASE_URL = "https://api.notifications.service.gov.uk";

    public NotifySettings {
        if (baseUrl == null || baseUrl.isBlank()) baseUrl = LIVE_BASE_URL;
        baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    public boolean canSendEmail() {
        return present(apiKey) && present(emailTemplateId);
    }

    public boolean canSendSms() {
        return present(apiKey) && present(smsTemplateId);
    }

    public boolean takesReceipts() {
        return present(callbackToken);
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    @Override
    public String toString() {
        return "NotifySettings[apiKey=" + (present(apiKey) ? "[hidden]" : "unset") + ", baseUrl=" + baseUrl
                + ", emailTemplateId=" + emailTemplateId + ", smsTemplateId=" + smsTemplateId + ", callbackToken="
                + (present(callbackToken) ? "[hidden]" : "unset") + "]";
    }
}
