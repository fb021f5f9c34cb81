package org.casework.casefile;

import java.time.Instant;
import org.casework.engine.CaseId;

/** Something that got in the way of doing the job on a case (a lookup code, with its label), with a note. */
public record SystemCondition(
        SystemConditionId id,
        CaseId caseId,
        String condition,
        String conditionLabel,
        String note,
        String recordedBy,
        Instant recordedAt) {}
