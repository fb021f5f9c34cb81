package org.casework.notification;

/**
 * Changes to GOV.UK Notify's stored settings. A null leaves the setting as it is (so a form need not send the secrets
 * back); an empty text removes the stored value, and the environment's, if any, applies again.
 */
public record NotifyChanges(
        String apiKey, String baseUrl, String emailTemplateId, String smsTemplateId, String callbackToken) {}
