package org.casework.notification;

import java.time.Clock;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * A test message sent straight through a channel, not the outbox, so an administrator learns at once whether the
 * settings work: the answer is the channel's own ({@link Delivery.Accepted} or {@link Delivery.Refused} with its
 * reason). Nothing is written to the delivery log and nothing is retried.
 */
@Service
public class TestMessages {

    static final String SUBJECT = "Test message from Casework";
    static final String TEXT = "This is a test message from Casework. It was sent to check the council's settings;"
            + " there is nothing to do.";

    private final Channels channels;
    private final Clock clock;

    TestMessages(Channels channels, Clock clock) {
        this.channels = channels;
        this.clock = clock;
    }

    /**
     * Sends a test message of the kind to {@code to}: an email address (through the email provider in use), a mobile
     * number, or a registered webhook's key.
     */
    public Delivery send(ChannelKind kind, String to) {
        if (to == null || to.isBlank()) return new Delivery.Refused("Say where to send the test message", true);
        var channel = channels.ready(kind).orElse(null);
        if (channel == null) return Channels.notSetUp(kind);
        var id = UUID.randomUUID();
        var body = kind == ChannelKind.WEBHOOK
                ? "{\"event\":\"test\",\"id\":\"" + id + "\",\"at\":\"" + clock.instant() + "\"}"
                : TEXT;
        return channel.send(new OutgoingMessage(id, kind, to.strip(), SUBJECT, body, null));
    }
}
