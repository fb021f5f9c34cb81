package org.casework.notification.channels;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Set;
import java.util.regex.Pattern;

/** What each channel setting must look like, with the words an administrator is told when it does not. */
final class SettingRules {

    private static final String UUID = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";
    private static final Pattern API_KEY = Pattern.compile("[A-Za-z0-9_.-]+-" + UUID + "-" + UUID);
    private static final Pattern TEMPLATE_ID = Pattern.compile(UUID);
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Set<String> LOCAL_HOSTS = Set.of("localhost", "127.0.0.1", "[::1]", "::1");
    static final Set<String> EMAIL_PROVIDERS = Set.of("smtp", "notify");
    private static final int MIN_CALLBACK_TOKEN = 10;

    private SettingRules() {}

    /** Why the value will not do for the setting, or null if it will. The value is never empty here. */
    static String problem(Setting setting, String value) {
        return switch (setting) {
            case NOTIFY_API_KEY ->
                API_KEY.matcher(value).matches()
                        ? null
                        : "Enter the API key as GOV.UK Notify showed it: its name and two long codes, joined by hyphens";
            case NOTIFY_BASE_URL ->
                secureAddress(value) ? null : "Enter the address of GOV.UK Notify's API, starting https://";
            case NOTIFY_EMAIL_TEMPLATE_ID ->
                TEMPLATE_ID.matcher(value).matches()
                        ? null
                        : "Enter the email template ID as GOV.UK Notify shows it, like"
                                + " f33517ff-2a88-4f6e-b855-c550268ce08a";
            case NOTIFY_SMS_TEMPLATE_ID ->
                TEMPLATE_ID.matcher(value).matches()
                        ? null
                        : "Enter the text message template ID as GOV.UK Notify shows it, like"
                                + " f33517ff-2a88-4f6e-b855-c550268ce08a";
            case NOTIFY_CALLBACK_TOKEN ->
                value.length() >= MIN_CALLBACK_TOKEN && value.chars().noneMatch(Character::isWhitespace)
                        ? null
                        : "The callback token must be at least " + MIN_CALLBACK_TOKEN + " characters, with no spaces";
            case EMAIL_PROVIDER -> EMAIL_PROVIDERS.contains(value) ? null : "Choose SMTP or GOV.UK Notify";
            case EMAIL_FROM ->
                value.length() <= 254 && EMAIL.matcher(value).matches()
                        ? null
                        : "Enter an email address in the correct format, like council@example.gov.uk";
        };
    }

    /**
     * An https address, or http to this machine (a local stand-in for the service). Shared with webhooks: anything
     * sent over plain http to another machine could be read on the way.
     */
    static boolean secureAddress(String url) {
        try {
            var uri = new URI(url);
            var scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase();
            var host = uri.getHost() == null ? "" : uri.getHost().toLowerCase();
            if (host.isEmpty() || url.length() > 2000) return false;
            return scheme.equals("https") || (scheme.equals("http") && LOCAL_HOSTS.contains(host));
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
