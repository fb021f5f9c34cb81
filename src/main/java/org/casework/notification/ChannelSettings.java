package org.casework.notification;

/**
 * The channels' settings administrators can change without a redeployment: GOV.UK Notify's, the email provider and
 * the SMTP sender. Stored ones are kept in {@code notification_settings}, secrets sealed; a setting the environment
 * supplies ({@code casework.notify.*}, {@code casework.notifications.*}) wins, so operations can pin one. A change
 * applies to the next message sent.
 */
public interface ChannelSettings {

    NotifyChannelView notifyChannel();

    /** Checks every change, then saves them all or none ({@link ChannelSettingsInvalid}). */
    NotifyChannelView saveNotify(NotifyChanges changes, String by);

    EmailChannelView emailChannel();

    /** Checks every change, then saves them all or none ({@link ChannelSettingsInvalid}). */
    EmailChannelView saveEmail(EmailChanges changes, String by);

    /** The email provider in use: {@code smtp} or {@code notify}. */
    String emailProvider();

    /** The sender of SMTP email. */
    String emailFrom();
}
