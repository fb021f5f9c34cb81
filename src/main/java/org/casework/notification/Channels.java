package org.casework.notification;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The channel that carries each kind of message: for email the provider the council chose ({@link
 * ChannelSettings#emailProvider}: stored by administrators, or {@code casework.notifications.email-provider}), for the
 * other kinds the one channel there is.
 */
@Component
class Channels {

    private final List<Channel> channels;
    private final ChannelSettings settings;

    Channels(List<Channel> channels, ChannelSettings settings) {
        this.channels = channels;
        this.settings = settings;
    }

    /**
     * The channel that carries this kind of message, if it has the settings it needs. For email, only the provider
     * the council chose: a message is not quietly sent another way.
     */
    Optional<Channel> ready(ChannelKind kind) {
        var ofKind = channels.stream().filter(c -> c.kind() == kind).toList();
        if (kind == ChannelKind.EMAIL) {
            var provider = settings.emailProvider();
            var chosen =
                    ofKind.stream().filter(c -> c.provider().equals(provider)).findFirst();
            if (chosen.isPresent()) return chosen.filter(Channel::configured);
        }
        return ofKind.stream().filter(Channel::configured).findFirst();
    }

    /** The refusal for a message whose kind no channel is set up to carry: permanent, so it falls back at once. */
    static Delivery.Refused notSetUp(ChannelKind kind) {
        return new Delivery.Refused("No " + kind.value() + " channel is set up", true);
    }

    /** Hands the message to the channel; a channel that throws has refused it for now, not failed the caller. */
    static Delivery sendSafely(Channel channel, OutgoingMessage message) {
        try {
            return channel.send(message);
        } catch (RuntimeException e) {
            return new Delivery.Refused(
                    channel.provider() + " failed: " + e.getClass().getSimpleName(), false);
        }
    }
}
