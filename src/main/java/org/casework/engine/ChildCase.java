package org.casework.engine;

import java.time.Instant;

/**
 * A case started by another: by a sub-process step ({@code step} names it; {@code waited} if the parent waits for
 * it there) or a start-process action. {@code endedAt} and {@code outcome} are null while the child runs.
 */
public record ChildCase(
        CaseId parent,
        CaseId child,
        String childReference,
        String process,
        String step,
        boolean waited,
        Instant startedAt,
        Instant endedAt,
        String outcome) {

    public boolean ended() {
        return endedAt != null;
    }
}
