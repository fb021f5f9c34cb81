package org.casework.notification;

/** A message rendered for one channel and address, waiting in the outbox or among a row's fallbacks. */
record Planned(String channel, String address, String subject, String body) {

    ChannelKind kind() {
        return ChannelKind.of(channel);
    }
}
