package org.casework.engine;

import java.time.LocalDate;
import java.util.Map;
import org.casework.definition.ProcessVersionId;
import org.casework.definition.Step;

/**
 * A case arrived at a step people work on (a task, an approval, a checklist) and now waits for them. Published inside the engine's
 * transaction so the task is created atomically with the move. {@code remindAfterWorkingDays} is the process's {@code
 * sla.remindAfterWorkingDays}: how long the task may stay untouched before the {@code task-untouched} actions run
 * (null: never). {@code version} is the published version the case runs.
 */
public record TaskStepReached(
        CaseId caseId,
        String reference,
        String process,
        ProcessVersionId version,
        Step.Human step,
        int token,
        LocalDate dueOn,
        Map<String, Object> data,
        Integer remindAfterWorkingDays) {}
