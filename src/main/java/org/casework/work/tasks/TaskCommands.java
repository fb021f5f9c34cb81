package org.casework.work.tasks;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.function.Predicate;
import org.casework.definition.Allocation;
import org.casework.engine.CaseEnded;
import org.casework.engine.CaseMoved;
import org.casework.engine.Cases;
import org.casework.engine.TaskStepReached;
import org.casework.engine.TimelineEntry;
import org.casework.identity.Permission;
import org.casework.identity.Staff;
import org.casework.identity.StaffPrincipal;
import org.casework.work.InvalidReassignment;
import org.casework.work.NotAllowed;
import org.casework.work.TaskConflict;
import org.casework.work.TaskId;
import org.casework.work.TaskNotFound;
import org.casework.work.TaskState;
import org.casework.work.TaskView;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What happens to tasks: created when a case reaches a task step (inside the engine's transaction), claimed,
 * released, reassigned and completed. Completing hands the step back to the engine in the same transaction, so a
 * task is never done while its case stays put. Giving a task to a queue or an officer runs the process's {@code
 * task-assigned} actions, and every move but completion sets the day it next counts as untouched.
 */
@Service
public class TaskCommands {

    private final TaskRows tasks;
    private final Allocator allocator;
    private final Cases cases;
    private final Staff staff;
    private final TaskEvents events;
    private final CompletionRules completionRules;
    private final Clock clock;

    TaskCommands(
            TaskRows tasks,
            Allocator allocator,
            Cases cases,
            Staff staff,
            TaskEvents events,
            CompletionRules completionRules,
            Clock clock) {
        this.tasks = tasks;
        this.completionRules = completionRules;
        this.allocator = allocator;
        this.cases = cases;
        this.staff = staff;
        this.events = events;
        this.clock = clock;
    }

    /** One task per allocation of the step: one for a task or checklist, one per approver of an approval's list. */
    @EventListener
    void on(TaskStepReached reached) {
        for (var allocation : reached.step().allocations()) create(reached, allocation);
    }

    private void create(TaskStepReached reached, Allocation allocation) {
        var step = reached.step();
        var allocated = allocator.allocate(step.key(), allocation, reached.caseId(), reached.data());
        var now = clock.instant();
        var state = allocated.assignee() == null ? TaskState.OPEN : TaskState.CLAIMED;
        var task = new TaskView(
                TaskId.generate(),
                reached.caseId(),
                reached.reference(),
                reached.process(),
                step.key(),
                step.name() == null ? step.key() : step.name(),
                allocated.team(),
                allocated.assignee(),
                state,
                reached.dueOn() == null ? now.atZone(clock.getZone()).toLocalDate() : reached.dueOn(),
                now,
                null,
                null);
        var remindAfter = reached.remindAfterWorkingDays();
        tasks.insert(
                task,
                reached.version(),
                reached.token(),
                state == TaskState.CLAIMED ? now : null,
                remindAfter,
                events.untouchedOn(remindAfter, now));
        if (allocated.team() != null) cases.shareWith(reached.caseId(), allocated.team());
        cases.record(
                reached.caseId(),
                "task-created",
                "system",
                step.key(),
                // The step names the task (as on claims and completions); where it went is what the timeline adds.
                TimelineEntry.details("team", allocated.team(), "assignee", allocated.assignee()));
        events.assigned(
                reached.caseId(), step.key(), reached.token(), allocated.team(), allocated.assignee(), "system");
    }

    @EventListener
    void on(CaseEnded ended) {
        tasks.cancelOpenTasksOf(ended.caseId());
    }

    /** An officer moved the case to another stage: the task of the step it left is no longer anyone's work. */
    @EventListener
    void on(CaseMoved moved) {
        tasks.cancelOpenTasksOf(moved.caseId());
    }

    /**
     * Takes the task from its team's queue. A claim changes only the task, so it takes only the task's row, unless
     * the case's process has {@code task-assigned} actions to run: then it takes the case's lock first, as every
     * command that runs a case's actions does.
     */
    @Transactional
    public TaskView claim(TaskId id, StaffPrincipal officer) {
        var now = clock.instant();
        var seen = tasks.findRow(id).orElseThrow(() -> new TaskNotFound(id));
        var announced = events.announcesAssignment(seen.processVersion());
        var row = change(seen, announced, current -> {
            var task = current.view();
            requireTeamMember(task, officer);
            if (task.state() != TaskState.OPEN) throw conflict(task, "claim");
            return tasks.moveIfUnchanged(
                    current,
                    TaskState.CLAIMED,
                    task.team(),
                    officer.username(),
                    now,
                    events.untouchedOn(current.remindAfterDays(), now));
        });
        var task = row.view();
        // The step and the officer say which task it was and who took it; the timeline keeps no more than that.
        cases.record(task.caseId(), "task-claimed", officer.username(), task.step(), Map.of());
        if (announced) {
            events.assigned(
                    task.caseId(), task.step(), row.token(), task.team(), officer.username(), officer.username());
        }
        return moved(task, TaskState.CLAIMED, task.team(), officer.username());
    }

    /** Puts a claimed task back in its team's queue; like a claim with nothing to announce, it takes only the task. */
    @Transactional
    public TaskView release(TaskId id, StaffPrincipal officer) {
        var now = clock.instant();
        var seen = tasks.findRow(id).orElseThrow(() -> new TaskNotFound(id));
        var row = change(seen, false, current -> {
            var task = current.view();
            if (task.state() != TaskState.CLAIMED) throw conflict(task, "release");
            if (!officer.username().equals(task.assignee()) && !officer.supervises(task.team())) {
                throw new NotAllowed("Task " + id + " is " + task.assignee() + "'s; only they or their team lead may"
                        + " release it");
            }
            if (task.team() == null) {
                throw new TaskConflict("Task " + id + " was given to " + task.assignee() + " by name and has no team"
                        + " queue to go back to; a team lead can reassign it instead");
            }
            return tasks.moveIfUnchanged(
                    current,
                    TaskState.OPEN,
                    task.team(),
                    null,
                    now,
                    events.untouchedOn(current.remindAfterDays(), now));
        });
        var task = row.view();
        cases.record(task.caseId(), "task-released", officer.username(), task.step(), Map.of());
        return moved(task, TaskState.OPEN, task.team(), null);
    }

    /** Gives the task to another officer, or puts it back in a (possibly different) team's queue. */
    @Transactional
    public TaskView reassign(TaskId id, String toUser, String toTeam, StaffPrincipal supervisor) {
        var row = lockWithItsCase(id);
        var task = row.view();
        if (!supervisor.supervises(task.team())) {
            throw new NotAllowed(
                    "Only the lead of team '" + task.team() + "' (or an administrator) may reassign" + " task " + id);
        }
        if (task.state() != TaskState.OPEN && task.state() != TaskState.CLAIMED) throw conflict(task, "reassign");
        var team = toTeam != null ? toTeam : task.team();
        if (toTeam != null && !staff.teamExists(toTeam)) {
            throw new InvalidReassignment("team", "'" + toTeam + "' is not a team");
        }
        if (toUser != null && staff.principal(toUser).isEmpty()) {
            throw new InvalidReassignment("user", "'" + toUser + "' is not a member of staff who can work");
        }
        if (toUser != null && team != null && !staff.isMember(toUser, team)) {
            throw new InvalidReassignment("user", "'" + toUser + "' is not in team '" + team + "'");
        }
        if (toUser == null && team == null) {
            throw new InvalidReassignment("team", "is needed: this task has no team queue to go to");
        }
        var next = toUser != null ? TaskState.CLAIMED : TaskState.OPEN;
        var now = clock.instant();
        tasks.move(id, task.state(), next, team, toUser, now, events.untouchedOn(row.remindAfterDays(), now));
        if (team != null) cases.shareWith(task.caseId(), team);
        cases.record(
                task.caseId(),
                "task-reassigned",
                supervisor.username(),
                task.step(),
                TimelineEntry.details("team", team, "assignee", toUser));
        events.assigned(task.caseId(), task.step(), row.token(), team, toUser, supervisor.username());
        return moved(task, next, team, toUser);
    }

    /**
     * Completes the task with the officer's data and moves the case on. Only the officer holding the task may
     * complete it; anyone else, or a second attempt, gets a conflict and nothing changes.
     */
    @Transactional
    public TaskView complete(TaskId id, Map<String, Object> data, StaffPrincipal officer) {
        var now = clock.instant();
        var seen = tasks.findRow(id).orElseThrow(() -> new TaskNotFound(id));
        var row = change(seen, true, current -> {
            var task = current.view();
            if (task.state() != TaskState.CLAIMED) throw conflict(task, "complete");
            if (!officer.username().equals(task.assignee())) {
                throw new TaskConflict(
                        "Task " + id + " is claimed by " + task.assignee() + "; only they can complete it");
            }
            completionRules.check(task);
            return tasks.complete(id, current.version(), officer.username(), now);
        });
        var task = row.view();
        cases.completeStep(task.caseId(), task.step(), row.token(), data, officer.username());
        return moved(task, TaskState.COMPLETED, task.team(), officer.username(), now, officer.username());
    }

    /**
     * Checks and makes a change to a task read (without a lock) as {@code seen}. A change that moves the case or runs
     * its actions ({@code underCaseLock}) is made under the case's lock, taken first: the order completing a task and
     * abandoning a case (which cancels its tasks) take them in, so no two commands can wait on each other. A change to
     * the task alone takes only the task's row: it waits on nothing a holder of the case could be waiting for, since
     * the foreign-key check of its timeline entry takes a key-share lock on the case, which the case's lock ({@code
     * for no key update}) lets through. Either way the change is made only if the task is still the version read;
     * otherwise it is read again under its row lock, now that nothing can change it, and the change checked and made
     * once more. {@code change} throws when the task may not change, and answers whether the version it was given
     * was still current.
     */
    private TaskRows.TaskRow change(TaskRows.TaskRow seen, boolean underCaseLock, Predicate<TaskRows.TaskRow> change) {
        var id = seen.view().id();
        if (underCaseLock) cases.lock(seen.view().caseId());
        if (change.test(seen)) return seen;
        var row = tasks.lock(id).orElseThrow(() -> new TaskNotFound(id));
        if (!change.test(row)) throw new IllegalStateException("Task " + id + " changed under its lock");
        return row;
    }

    /** Locks the task's case, then the task, in the order {@link #change} explains. */
    private TaskRows.TaskRow lockWithItsCase(TaskId id) {
        var seen = tasks.findRow(id).orElseThrow(() -> new TaskNotFound(id));
        cases.lock(seen.view().caseId());
        return tasks.lock(id).orElseThrow(() -> new TaskNotFound(id));
    }

    /** The task as it now stands, without reading back the row just written. */
    private static TaskView moved(TaskView task, TaskState state, String team, String assignee) {
        return moved(task, state, team, assignee, task.completedAt(), task.completedBy());
    }

    private static TaskView moved(
            TaskView task, TaskState state, String team, String assignee, Instant completedAt, String completedBy) {
        return new TaskView(
                task.id(),
                task.caseId(),
                task.caseReference(),
                task.process(),
                task.step(),
                task.stepName(),
                team,
                assignee,
                state,
                task.dueOn(),
                task.createdAt(),
                completedAt,
                completedBy);
    }

    /** A task in a team's queue is for its members and its lead; one with no team only an administrator may take. */
    private static void requireTeamMember(TaskView task, StaffPrincipal officer) {
        var allowed = task.team() == null
                ? officer.can(Permission.ADMINISTER)
                : officer.isMemberOf(task.team()) || officer.supervises(task.team());
        if (!allowed) {
            throw new NotAllowed("Task " + task.id() + " belongs to team '" + task.team() + "', which "
                    + officer.username() + " is not in");
        }
    }

    static TaskConflict conflict(TaskView task, String action) {
        var why = switch (task.state()) {
            case OPEN -> "is in the queue and must be claimed first";
            case CLAIMED -> "is already claimed by " + task.assignee();
            case COMPLETED -> "was already completed by " + task.completedBy();
            case CANCELLED -> "was cancelled because the case moved on or ended";
        };
        return new TaskConflict("Cannot " + action + " task " + task.id() + ": it " + why);
    }
}
