package org.casework.engine;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.UUID;

/** Identifies a case; the human reference ({@code RP-2026-000123}) is for people, this is for systems. */
public record CaseId(@JsonValue UUID value) {

    public static CaseId random() {
        return new CaseId(UUID.randomUUID());
    }

    public static CaseId parse(String text) {
        return new CaseId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
