package org.casework.conversation;

import java.util.UUID;

/** An information request's id. */
public record InformationRequestId(UUID value) {

    public InformationRequestId {
        java.util.Objects.requireNonNull(value, "value");
    }

    public static InformationRequestId parse(String text) {
        return new InformationRequestId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
