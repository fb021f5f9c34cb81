package org.casework.conversation;

import java.util.UUID;

/** A document's id: random, so knowing one tells nothing about others. */
public record DocumentId(UUID value) {

    public DocumentId {
        java.util.Objects.requireNonNull(value, "value");
    }

    public static DocumentId parse(String text) {
        return new DocumentId(UUID.fromString(text));
    }

    public static DocumentId random() {
        return new DocumentId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
