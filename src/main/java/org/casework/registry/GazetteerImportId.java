package org.casework.registry;

import java.util.Optional;
import java.util.UUID;

/** Identifies one gazetteer import. */
public record GazetteerImportId(UUID value) {

    public static GazetteerImportId random() {
        return new GazetteerImportId(UUID.randomUUID());
    }

    public static Optional<GazetteerImportId> parse(String text) {
        try {
            return Optional.of(new GazetteerImportId(UUID.fromString(text)));
        } catch (IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
