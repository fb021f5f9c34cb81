package org.casework.work.tasks;

import java.time.Instant;
import java.time.LocalDate;
import org.casework.definition.Action;
import org.casework.definition.Definitions;
import org.casework.definition.ProcessVersionId;
import org.casework.engine.CaseId;
import org.casework.engine.Cases;
import org.casework.engine.WorkingCalendar;
import org.casework.platform.CouncilTime;
import org.springframework.stereotype.Component;

/**
 * What a process's actions hear about tasks: a task given to a team's queue or to an officer ({@code task-assigned}),
 * and the day a task left alone counts as untouched ({@code task-untouched}). Announcing runs inside the command that
 * moved the task, which holds the case's lock; {@link #announcesAssignment} tells a claim, before it takes any lock,
 * whether there is anything to announce.
 */
@Component
class TaskEvents {

    private final Cases cases;
    private final Definitions definitions;
    private final WorkingCalendar calendar;

    TaskEvents(Cases cases, Definitions definitions, WorkingCalendar calendar) {
        this.cases = cases;
        this.definitions = definitions;
        this.calendar = calendar;
    }

    /**
     * Whether handing out a task of a case running {@code version} runs any actions: false when that published
     * version has no {@code task-assigned} actions, so a claim need neither lock nor read the case. A task that does
     * not know its version (written before tasks kept it) is taken to have some.
     */
    boolean announcesAssignment(ProcessVersionId version) {
        return version == null || definitions.published(version).definition().reactsTo(Action.Event.TASK_ASSIGNED);
    }

    /**
     * Runs the {@code task-assigned} actions of the task at {@code step} (the visit {@code token}), now with {@code
     * assignee} or else in {@code team}'s queue. The occurrence names the visit and where the task went, so the same
     * handing-over announced twice is recognised as one.
     */
    void assigned(CaseId caseId, String step, int token, String team, String assignee, String actor) {
        if (team == null && assignee == null) return;
        var to = assignee != null ? "user:" + assignee : "team:" + team;
        var event = Action.Event.TASK_ASSIGNED;
        cases.react(caseId, event, step, event.key() + ":" + step + "@" + token + ":" + to, actor);
    }

    /**
     * The day a task touched {@code now} counts as untouched, if nobody touches it again: once {@code days} working
     * days after today have passed, on the next working day. Null when the process sets no reminder.
     */
    LocalDate untouchedOn(Integer days, Instant now) {
        if (days == null) return null;
        return calendar.nextWorkingDay(calendar.addWorkingDays(CouncilTime.dayOf(now), days));
    }
}
