package org.casework.engine;

import java.time.LocalDate;
import java.util.Map;
import org.casework.definition.Step;

/**
 * A case arrived at a task step and now waits for someone to do the work. Published inside the engine's
 * transaction so the task is created atomically with the move.
 */
public record TaskStepReached(
        CaseId caseId,
        String reference,
        String process,
        Step.Task step,
        int token,
        LocalDate dueOn,
        Map<String, Object> data) {}
