package org.casework.notification;

import java.util.Optional;

/**
 * A way of sending messages of one {@link ChannelKind}: SMTP email, GOV.UK Notify email or SMS, webhooks. The
 * outbox calls {@link #send} after the event's transaction has committed, never inside it, and at most once at a time
 * per message. A new channel (WhatsApp, Messenger) is a bean implementing this.
 */
public interface Channel {

    ChannelKind kind();

    /** The provider's name as settings and the delivery log show it: {@code smtp}, {@code notify}, {@code webhook}. */
    String provider();

    /** Whether the channel has the settings it needs; an unconfigured channel is skipped for the next one. */
    boolean configured();

    /** Hands the message to the provider. Must not throw for a refusal it understands: return {@link Delivery.Refused}. */
    Delivery send(OutgoingMessage message);

    /**
     * Whether an earlier attempt at this message, cut off before its outcome was recorded (a crash mid-send), reached
     * the provider after all. A channel that can ask the provider by reference (Notify can) answers; one that cannot
     * answers empty, and the message is sent again under the same id for the receiver to recognise.
     */
    default Optional<Delivery> earlierAttempt(OutgoingMessage message) {
        return Optional.empty();
    }
}
