package org.casework.notification;

/** The ways a message can reach someone. Further kinds (WhatsApp, Messenger) join here with their channels. */
public enum ChannelKind {
    EMAIL("email"),
    SMS("sms"),
    WEBHOOK("webhook");

    private final String value;

    ChannelKind(String value) {
        this.value = value;
    }

    /** The name stored and shown: {@code email}, {@code sms}, {@code webhook}. */
    public String value() {
        return value;
    }

    public static ChannelKind of(String value) {
        for (var kind : values()) if (kind.value.equals(value)) return kind;
        throw new IllegalArgumentException("No channel kind " + value);
    }
}
