package org.casework.notification.channels;

/**
 * A channel setting administrators can store. {@code property} is the configuration property that supplies it from
 * the environment, and also its key in {@code notification_settings}; {@code field} is its name in the API and on the
 * pages. A secret is sealed at rest and never shown back.
 */
enum Setting {
    NOTIFY_API_KEY("casework.notify.api-key", "apiKey", true),
    NOTIFY_BASE_URL("casework.notify.base-url", "baseUrl", false),
    NOTIFY_EMAIL_TEMPLATE_ID("casework.notify.email-template-id", "emailTemplateId", false),
    NOTIFY_SMS_TEMPLATE_ID("casework.notify.sms-template-id", "smsTemplateId", false),
    NOTIFY_CALLBACK_TOKEN("casework.notify.callback-token", "callbackToken", true),
    EMAIL_PROVIDER("casework.notifications.email-provider", "provider", false),
    EMAIL_FROM("casework.notifications.from", "from", false);

    private final String property;
    private final String field;
    private final boolean secret;

    Setting(String property, String field, boolean secret) {
        this.property = property;
        this.field = field;
        this.secret = secret;
    }

    String property() {
        return property;
    }

    String field() {
        return field;
    }

    boolean secret() {
        return secret;
    }

    static Setting ofProperty(String property) {
        for (var setting : values()) if (setting.property.equals(property)) return setting;
        return null;
    }
}
