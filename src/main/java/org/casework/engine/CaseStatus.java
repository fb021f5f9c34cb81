package org.casework.engine;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/** A case's lifecycle, with the moves allowed between states held as data so the docs can show it. */
public enum CaseStatus {
    OPEN,
    WAITING,
    CLOSED,
    ABANDONED;

    public static final Map<CaseStatus, Set<CaseStatus>> TRANSITIONS = Map.of(
            OPEN, EnumSet.of(OPEN, WAITING, CLOSED, ABANDONED),
            WAITING, EnumSet.of(OPEN, WAITING, CLOSED, ABANDONED),
            CLOSED, EnumSet.noneOf(CaseStatus.class),
            ABANDONED, EnumSet.noneOf(CaseStatus.class));

    public boolean canMoveTo(CaseStatus next) {
        return TRANSITIONS.get(this).contains(next);
    }

    public boolean isActive() {
        return this == OPEN || this == WAITING;
    }

    public String value() {
        return name().toLowerCase();
    }

    public static CaseStatus fromValue(String value) {
        return valueOf(value.toUpperCase());
    }
}
