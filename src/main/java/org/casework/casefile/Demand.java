package org.casework.casefile;

import java.time.Instant;
import org.casework.engine.CaseId;

/**
 * A problem the case is to address: its type and category (lookup codes, with the labels they have now, which a
 * retired value keeps), what it is, who recorded it and when, and who resolved it and when (null while open).
 */
public record Demand(
        DemandId id,
        CaseId caseId,
        String type,
        String typeLabel,
        String category,
        String categoryLabel,
        String description,
        String recordedBy,
        Instant recordedAt,
        String resolvedBy,
        Instant resolvedAt) {

    public boolean resolved() {
        return resolvedAt != null;
    }
}
