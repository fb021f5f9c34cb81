package org.casework.registry;

import java.util.UUID;

/** A person record's id. */
public record PersonId(UUID value) {

    public static PersonId of(String text) {
        return new PersonId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
