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

    Optional<Channel> forKind(ChannelKind kind) {
        var ofKind = channels.stream().filter(c -> c.kind() == kind).toList();
        if (kind == ChannelKind.EMAIL) {
            var provider = settings.emailProvider();
            var chosen =
                    ofKind.stream().filter(c -> c.provider().equals(provider)).findFirst();
            if (chosen.isPresent()) return chosen;
        }
        return ofKind.stream()
                .filter(Channel::configured)
                .findFirst()
                .or(() -> ofKind.stream().findFirst());
    }
}
