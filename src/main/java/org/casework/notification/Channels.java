package org.casework.notification;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The channel that carries each kind of message: for email the provider the council chose ({@code
 * casework.notifications.email-provider}), for the other kinds the one channel there is.
 */
@Component
class Channels {

    private final List<Channel> channels;
    private final NotificationProperties properties;

    Channels(List<Channel> channels, NotificationProperties properties) {
        this.channels = channels;
        this.properties = properties;
    }

    Optional<Channel> forKind(ChannelKind kind) {
        var ofKind = channels.stream().filter(c -> c.kind() == kind).toList();
        if (kind == ChannelKind.EMAIL) {
            var chosen = ofKind.stream()
                    .filter(c -> c.provider().equals(properties.emailProvider()))
                    .findFirst();
            if (chosen.isPresent()) return chosen;
        }
        return ofKind.stream()
                .filter(Channel::configured)
                .findFirst()
                .or(() -> ofKind.stream().findFirst());
    }
}
