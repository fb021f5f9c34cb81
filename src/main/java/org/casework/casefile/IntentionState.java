package org.casework.casefile;

import java.util.Map;
import java.util.Set;

/** Where a follow-up stands: open until its owner has done it, or someone cancels it. */
public enum IntentionState {
    OPEN,
    DONE,
    CANCELLED;

    /** The moves a follow-up may make; done and cancelled are final. */
    static final Map<IntentionState, Set<IntentionState>> MOVES =
            Map.of(OPEN, Set.of(DONE, CANCELLED), DONE, Set.of(), CANCELLED, Set.of());

    public boolean canMoveTo(IntentionState next) {
        return MOVES.get(this).contains(next);
    }

    /** The value kept in the database and shown by the API. */
    public String value() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static IntentionState of(String value) {
        return valueOf(value.toUpperCase(java.util.Locale.ROOT));
    }
}
