package org.casework.notification;

/**
 * A message an administrator wrote once for many cases: an email (subject and body) and a text message, either of
 * which may be left out. Text uses GOV.UK Notify's formatting and its {@code ((placeholder))} syntax; {@code version}
 * catches two administrators saving over each other.
 */
public record NotificationTemplate(
        String key, String name, String emailSubject, String emailBody, String smsBody, long version) {

    public boolean hasEmail() {
        return emailBody != null && !emailBody.isBlank();
    }

    public boolean hasSms() {
        return smsBody != null && !smsBody.isBlank();
    }

    /** Whether the template has a message for this kind of channel. */
    public boolean has(ChannelKind kind) {
        return switch (kind) {
            case EMAIL -> hasEmail();
            case SMS -> hasSms();
            case WEBHOOK -> false;
        };
    }
}
