package org.casework.engine;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.UUID;
import org.casework.platform.TimeOrderedIds;

/** Identifies a case; the human reference ({@code RP-2026-000123}) is for people, this is for systems. */
public record CaseId(@JsonValue UUID value) {

    public static CaseId generate() {
        return new CaseId(TimeOrderedIds.next());
    }

    public static CaseId parse(String text) {
        return new CaseId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
