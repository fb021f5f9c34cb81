package org.casework.work.tasks;

import org.casework.definition.Step;
import org.casework.work.TaskConflict;
import org.casework.work.TaskView;
import org.springframework.stereotype.Component;

/**
 * What a task's step asks before its task may be completed: an approval is approved or rejected instead, and a
 * checklist needs every item ticked, with its evidence where the item requires it.
 */
@Component
class CompletionRules {

    private final TaskSteps steps;
    private final ChecklistTicks ticks;

    CompletionRules(TaskSteps steps, ChecklistTicks ticks) {
        this.steps = steps;
        this.ticks = ticks;
    }

    void check(TaskView task) {
        // Called with the case locked, on every task completed: the step comes from the lock, not a fresh read.
        switch (steps.ofLocked(task)) {
            case Step.Approval approval ->
                throw new TaskConflict("Task " + task.id() + " is an approval: approve or reject it instead");
            case Step.Checklist checklist -> ticks.requireDone(task.id(), checklist);
            default -> {}
        }
    }
}
