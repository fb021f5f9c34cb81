package org.casework.casefile;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.UUID;

/** Identifies a demand recorded on a case. */
public record DemandId(@JsonValue UUID value) {

    public static DemandId random() {
        return new DemandId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
