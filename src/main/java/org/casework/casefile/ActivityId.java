package org.casework.casefile;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.UUID;

/** Identifies a activity recorded on a case. */
public record ActivityId(@JsonValue UUID value) {

    public static ActivityId random() {
        return new ActivityId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
