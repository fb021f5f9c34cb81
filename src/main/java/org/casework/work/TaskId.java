package org.casework.work;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.UUID;

/** Identifies a task. */
public record TaskId(@JsonValue UUID value) {

    public static TaskId random() {
        return new TaskId(UUID.randomUUID());
    }

    public static TaskId parse(String text) {
        return new TaskId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
