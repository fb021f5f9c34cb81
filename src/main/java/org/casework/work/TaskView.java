package org.casework.work;

import java.time.Instant;
import java.time.LocalDate;
import org.casework.engine.CaseId;

/** A task as queues and case pages show it. */
public record TaskView(
        TaskId id,
        CaseId caseId,
        String caseReference,
        String process,
        String step,
        String stepName,
        String team,
        String assignee,
        TaskState state,
        LocalDate dueOn,
        Instant createdAt,
        Instant completedAt,
        String completedBy) {}
