package org.casework.work.tasks;

import java.time.Clock;
import org.casework.definition.Step;
import org.casework.engine.Cases;
import org.casework.engine.TimelineEntry;
import org.casework.identity.StaffPrincipal;
import org.casework.work.TaskConflict;
import org.casework.work.TaskId;
import org.casework.work.TaskNotFound;
import org.casework.work.TaskRefused;
import org.casework.work.TaskView;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Approving and rejecting the tasks of an approval step. Each decision goes on the case's timeline with its comment.
 * The step is decided when its last open task is approved (one approver, one of a team, or the last of a list), or at
 * the first rejection, which cancels the other approvers' open tasks: their approval can no longer change the outcome.
 */
@Service
public class ApprovalCommands {

    private final HeldTasks held;
    private final TaskRows tasks;
    private final TaskSteps steps;
    private final Cases cases;
    private final Clock clock;

    ApprovalCommands(HeldTasks held, TaskRows tasks, TaskSteps steps, Cases cases, Clock clock) {
        this.held = held;
        this.tasks = tasks;
        this.steps = steps;
        this.cases = cases;
        this.clock = clock;
    }

    /** Approves ({@code approved}) or rejects the task; a rejection needs a comment saying why. */
    @Transactional
    public TaskView decide(TaskId id, boolean approved, String comment, StaffPrincipal officer) {
        var action = approved ? "approve" : "reject";
        var said = comment == null || comment.isBlank() ? null : comment.strip();
        if (!approved && said == null) throw TaskRefused.invalid("comment", "Say why you are rejecting it");
        var row = held.lockHeldBy(id, officer, action);
        var task = row.view();
        if (!(steps.of(task) instanceof Step.Approval)) {
            throw new TaskConflict("Task " + id + " is not an approval: complete it instead");
        }
        if (!tasks.complete(id, row.version(), officer.username(), clock.instant())) {
            throw TaskCommands.conflict(tasks.find(id).orElseThrow(() -> new TaskNotFound(id)), action);
        }
        cases.record(
                task.caseId(),
                approved ? "approved" : "rejected",
                officer.username(),
                task.step(),
                TimelineEntry.details("comment", said));
        if (!approved) {
            tasks.cancelOpenTasksOf(task.caseId());
            cases.decide(task.caseId(), task.step(), row.token(), false, officer.username());
        } else if (tasks.stillOpenAt(task.caseId(), row.token()) == 0) {
            cases.decide(task.caseId(), task.step(), row.token(), true, officer.username());
        }
        return tasks.find(id).orElseThrow(() -> new TaskNotFound(id));
    }
}
