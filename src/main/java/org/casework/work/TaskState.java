package org.casework.work;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/** A task's lifecycle, with its allowed moves held as data. */
public enum TaskState {
    /** In a team queue, nobody working it. */
    OPEN,
    CLAIMED,
    COMPLETED,
    /** The case ended or moved on without it. */
    CANCELLED;

    public static final Map<TaskState, Set<TaskState>> TRANSITIONS = Map.of(
            OPEN, EnumSet.of(CLAIMED, COMPLETED, CANCELLED),
            CLAIMED, EnumSet.of(OPEN, CLAIMED, COMPLETED, CANCELLED),
            COMPLETED, EnumSet.noneOf(TaskState.class),
            CANCELLED, EnumSet.noneOf(TaskState.class));

    public boolean canMoveTo(TaskState next) {
        return TRANSITIONS.get(this).contains(next);
    }

    @JsonValue
    public String value() {
        return name().toLowerCase();
    }

    public static TaskState fromValue(String value) {
        return valueOf(value.toUpperCase());
    }
}
