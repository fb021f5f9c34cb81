package org.casework.platform;

/**
 * Text messages sent straight away rather than through the notification outbox, for what must not be kept: a sign-in
 * code. The notification module provides it when a text message channel (GOV.UK Notify) is set up.
 */
public interface TextMessages {

    /** Whether a text message can be sent at all (a channel is set up). */
    boolean canSend();

    /**
     * Sends {@code text} to {@code mobile} in the background. If the provider refuses it, {@code ifRefused} runs
     * instead (for example, the code is emailed). {@code what} names the message in the log, which never holds it.
     */
    void sendLater(String mobile, String text, String what, Runnable ifRefused);
}
