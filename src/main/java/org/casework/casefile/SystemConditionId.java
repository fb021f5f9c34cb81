package org.casework.casefile;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.UUID;

/** Identifies a system condition recorded on a case. */
public record SystemConditionId(@JsonValue UUID value) {

    public static SystemConditionId random() {
        return new SystemConditionId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
