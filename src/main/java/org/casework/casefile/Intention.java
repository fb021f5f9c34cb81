package org.casework.casefile;

import java.time.Instant;
import java.time.LocalDate;
import org.casework.engine.CaseId;

/**
 * A follow-up promised on a case: its type (a lookup code, with its label), what, by when and whose it is; where it
 * stands; who recorded it and when, and who ended it (done or cancelled) and when.
 */
public record Intention(
        IntentionId id,
        CaseId caseId,
        String caseReference,
        String type,
        String typeLabel,
        String description,
        LocalDate dueOn,
        String owner,
        IntentionState state,
        String recordedBy,
        Instant recordedAt,
        String closedBy,
        Instant closedAt) {

    /** Still open on a day after it was due. */
    public boolean overdueOn(LocalDate today) {
        return state == IntentionState.OPEN && dueOn.isBefore(today);
    }
}
