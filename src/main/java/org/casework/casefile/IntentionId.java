package org.casework.casefile;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.UUID;

/** Identifies a intention recorded on a case. */
public record IntentionId(@JsonValue UUID value) {

    public static IntentionId random() {
        return new IntentionId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
