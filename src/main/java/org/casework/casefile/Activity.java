package org.casework.casefile;

import java.time.Instant;
import java.time.LocalDate;
import org.casework.engine.CaseId;

/**
 * Time spent on a case: what was done, in which task category (a lookup code, with its label), by whom, on which day
 * and for how many minutes; who recorded it and when.
 */
public record Activity(
        ActivityId id,
        CaseId caseId,
        String taskCategory,
        String taskCategoryLabel,
        String description,
        String doneBy,
        int minutes,
        LocalDate doneOn,
        String recordedBy,
        Instant recordedAt) {}
