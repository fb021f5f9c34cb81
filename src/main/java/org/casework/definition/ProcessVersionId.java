package org.casework.definition;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.UUID;

/** Identifies one published (or draft) version of a process. */
public record ProcessVersionId(@JsonValue UUID value) {

    public static ProcessVersionId random() {
        return new ProcessVersionId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
