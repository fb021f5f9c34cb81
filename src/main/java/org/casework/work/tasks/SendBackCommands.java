package org.casework.work.tasks;

import java.time.Clock;
import org.casework.engine.CannotSendBack;
import org.casework.engine.Cases;
import org.casework.identity.Staff;
import org.casework.identity.StaffPrincipal;
import org.casework.work.TaskId;
import org.casework.work.TaskNotFound;
import org.casework.work.TaskRefused;
import org.casework.work.TaskState;
import org.casework.work.TaskView;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sending a task back: the case returns to the step people last worked on before this one, with the officer's
 * reason. The task (and, on an approval with several approvers, the others' open tasks) is cancelled, and the
 * engine's new visit of the earlier step makes new work there: for the step's own queue or officer as its allocation
 * says, or, sent back to the person, for the officer who completed that step before.
 */
@Service
public class SendBackCommands {

    /** Where the work goes back to. */
    public enum To {
        /** The earlier step, allocated afresh as its definition says. */
        STEP,
        /** The officer who completed the earlier step. */
        PERSON
    }

    private final HeldTasks held;
    private final TaskRows tasks;
    private final Cases cases;
    private final Staff staff;
    private final TaskEvents events;
    private final Clock clock;

    SendBackCommands(HeldTasks held, TaskRows tasks, Cases cases, Staff staff, TaskEvents events, Clock clock) {
        this.held = held;
        this.tasks = tasks;
        this.cases = cases;
        this.staff = staff;
        this.events = events;
        this.clock = clock;
    }

    /** Returns the new task the work went back as. */
    @Transactional
    public TaskView sendBack(TaskId id, To to, String reason, StaffPrincipal officer) {
        if (reason == null || reason.isBlank()) {
            throw TaskRefused.invalid("reason", "Say why you are sending it back");
        }
        var row = held.lockHeldBy(id, officer, "send back");
        var task = row.view();
        var target = cases.sendBackTarget(task.caseId())
                .orElseThrow(() -> new CannotSendBack(task.caseReference(), task.step()));
        String person = null;
        if (to == To.PERSON) {
            person = tasks.lastCompletedBy(task.caseId(), target)
                    .filter(user -> staff.principal(user).isPresent())
                    .orElseThrow(() -> TaskRefused.conflict(
                            "to", "Nobody who can still work completed the earlier step: send it back to the step"));
        }
        tasks.cancelOpenTasksOf(task.caseId());
        cases.sendBack(task.caseId(), task.step(), row.token(), reason.strip(), person, officer.username());
        var returned = tasks.lockOpenTasksOf(task.caseId());
        if (person != null) {
            var now = clock.instant();
            for (var again : returned) {
                var view = again.view();
                if (person.equals(view.assignee())) continue;
                tasks.move(
                        view.id(),
                        view.state(),
                        TaskState.CLAIMED,
                        view.team(),
                        person,
                        now,
                        events.untouchedOn(again.remindAfterDays(), now));
                events.assigned(view.caseId(), view.step(), again.token(), view.team(), person, officer.username());
            }
        }
        return returned.stream()
                .findFirst()
                .flatMap(again -> tasks.find(again.view().id()))
                .orElseThrow(() -> new TaskNotFound(id));
    }
}
