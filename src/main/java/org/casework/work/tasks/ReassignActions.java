package org.casework.work.tasks;

import java.time.Clock;
import java.util.Objects;
import org.casework.definition.Action;
import org.casework.engine.CaseActionDue;
import org.casework.engine.Cases;
import org.casework.engine.TimelineEntry;
import org.casework.identity.Staff;
import org.casework.work.TaskState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Carries out a process's {@code reassign} actions, such as escalating a case's work to the team lead when its SLA
 * is breached: the case's open task goes to the named team's queue (or stays with its own team) or, with {@code
 * toTeamLead}, to that team's lead by name. Runs inside the engine's transaction, which holds the case's lock, so
 * the task's lock comes second, as everywhere else.
 */
@Component
class ReassignActions {

    private static final Logger log = LoggerFactory.getLogger(ReassignActions.class);

    private static final String SYSTEM = "system";

    private final TaskRows tasks;
    private final Staff staff;
    private final Cases cases;
    private final TaskEvents events;
    private final Clock clock;

    ReassignActions(TaskRows tasks, Staff staff, Cases cases, TaskEvents events, Clock clock) {
        this.tasks = tasks;
        this.staff = staff;
        this.cases = cases;
        this.events = events;
        this.clock = clock;
    }

    @EventListener
    void on(CaseActionDue due) {
        if (!(due.action() instanceof Action.Reassign reassign)) return;
        for (var row : tasks.lockOpenTasksOf(due.caseId())) {
            var task = row.view();
            var team = reassign.team() != null ? reassign.team() : task.team();
            if (team == null || !staff.teamExists(team)) {
                log.warn(
                        "Case {}: a reassign action on {} names team '{}', which does not exist; task {} stays put",
                        due.reference(),
                        due.event().key(),
                        team,
                        task.id());
                continue;
            }
            // The first lead in username order, should a team have several; the queue if it has none.
            var assignee = reassign.toLead() ? staff.leadOf(team).orElse(null) : null;
            // Already there: nothing to hand on (and an action on task-assigned cannot go round in circles).
            if (team.equals(task.team()) && Objects.equals(assignee, task.assignee())) continue;
            var now = clock.instant();
            var state = assignee == null ? TaskState.OPEN : TaskState.CLAIMED;
            tasks.move(
                    task.id(),
                    task.state(),
                    state,
                    team,
                    assignee,
                    now,
                    events.untouchedOn(row.remindAfterDays(), now));
            cases.shareWith(due.caseId(), team);
            cases.record(
                    due.caseId(),
                    "task-reassigned",
                    SYSTEM,
                    task.step(),
                    TimelineEntry.details(
                            "team",
                            team,
                            "assignee",
                            assignee,
                            "reason",
                            due.event().key()));
            events.assigned(due.caseId(), task.step(), row.token(), team, assignee, SYSTEM);
        }
    }
}
