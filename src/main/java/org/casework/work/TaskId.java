package org.casework.work;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.UUID;
import org.casework.platform.TimeOrderedIds;

/** Identifies a task. */
public record TaskId(@JsonValue UUID value) {

    public static TaskId generate() {
        return new TaskId(TimeOrderedIds.next());
    }

    public static TaskId parse(String text) {
        return new TaskId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
