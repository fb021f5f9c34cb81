package org.casework.engine.cases;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.casework.definition.ProcessDefinition;
import org.casework.definition.Step;
import org.casework.engine.CaseAccessChanged;
import org.casework.engine.CaseActionDue;
import org.casework.engine.CaseEnded;
import org.casework.engine.CaseMoved;
import org.casework.engine.CaseStatus;
import org.casework.engine.InformationRequestStepReached;
import org.casework.engine.TaskStepReached;
import org.casework.engine.TimelineEntry;
import org.casework.engine.calls.ApiCalls;
import org.casework.engine.interpreter.Effect;
import org.casework.engine.jobs.CaseTimers;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Turns the interpreter's effects into rows: timeline events in one batch, a timer job per timer step, a {@link
 * TaskStepReached} event per task step for the work module to turn into a task, and an {@link
 * InformationRequestStepReached} per information request for the module that asks the citizen, all in the caller's
 * transaction; and an {@code api-call} job per API step.
 */
@Component
class EffectWriter {

    private final TimelineRows timeline;
    private final CaseTimers timers;
    private final ApplicationEventPublisher events;
    private final ApiCalls apiCalls;
    private final CaseRestrictions restrictions;

    EffectWriter(
            TimelineRows timeline,
            CaseTimers timers,
            ApplicationEventPublisher events,
            ApiCalls apiCalls,
            CaseRestrictions restrictions) {
        this.timeline = timeline;
        this.timers = timers;
        this.events = events;
        this.apiCalls = apiCalls;
        this.restrictions = restrictions;
    }

    /** Writes one event that no interpreter effect stands for (a case started, abandoned). */
    void record(TimelineRows.NewEvent event) {
        timeline.append(List.of(event));
    }

    /**
     * Writes the effects of one command, with timeline entries the command made itself {@code before} and {@code
     * after} them (a case started; its SLA clock stopped or started again), then publishes the events they call for.
     */
    void write(
            CaseRow row,
            ProcessDefinition process,
            List<Effect> effects,
            String actor,
            Instant now,
            List<TimelineRows.NewEvent> before,
            List<TimelineRows.NewEvent> after) {
        var rows = new ArrayList<TimelineRows.NewEvent>(effects.size() + before.size() + after.size());
        rows.addAll(before);
        var afterwards = new ArrayList<Object>();
        Effect.FieldsSet pendingFields = null;
        for (var effect : effects) {
            if (pendingFields != null && !(effect instanceof Effect.StepCompleted)) {
                rows.add(event(row, now, "fields-set", pendingFields.by(), null, pendingFields.values()));
                pendingFields = null;
            }
            switch (effect) {
                case Effect.StageEntered stage -> {
                    rows.add(event(
                            row,
                            now,
                            "stage-entered",
                            actor,
                            null,
                            TimelineEntry.details(
                                    "stage", stage.stage(), "targetDate", String.valueOf(stage.targetDate()))));
                }
                case Effect.StepEntered entered -> {
                    // A step the case only passes through gets one row, when it completes; only steps that wait
                    // (tasks, timers, information requests) have an arrival worth a row of its own.
                    if (process.step(entered.step()).map(Step::waits).orElse(true)) {
                        rows.add(event(row, now, "step-entered", actor, entered.step(), Map.of()));
                    }
                }
                case Effect.StepCompleted completed -> {
                    // An end step's completion is the case's close, whose own row names the step and the moment.
                    if (pendingFields == null
                            && completed.detail().isEmpty()
                            && process.step(completed.step()).orElse(null) instanceof Step.End) {
                        continue;
                    }
                    var detail = completed.detail();
                    if (pendingFields != null) {
                        detail = new LinkedHashMap<>(detail);
                        detail.put("fields", pendingFields.values());
                        pendingFields = null;
                    }
                    rows.add(event(
                            row,
                            now,
                            "step-completed",
                            completed.actor() == null ? "system" : completed.actor(),
                            completed.step(),
                            detail));
                }
                case Effect.FieldsSet set -> pendingFields = set;
                case Effect.TaskNeeded task ->
                    afterwards.add(new TaskStepReached(
                            row.id(),
                            row.reference(),
                            row.process(),
                            row.processVersion(),
                            task.step(),
                            task.token(),
                            task.dueOn(),
                            row.data(),
                            process.sla() == null ? null : process.sla().remindAfterWorkingDays()));
                case Effect.TimerNeeded timer -> {
                    timers.schedule(row.id(), timer.token(), timer.dueAt());
                    rows.add(event(
                            row,
                            now,
                            "timer-set",
                            actor,
                            timer.step().key(),
                            Map.of("dueAt", timer.dueAt().toString())));
                }
                case Effect.InformationRequested request ->
                    afterwards.add(new InformationRequestStepReached(
                            row.id(),
                            row.reference(),
                            request.step().key(),
                            request.token(),
                            request.step().message(),
                            request.step().documents(),
                            request.replyBy()));
                case Effect.SentBack sentBack ->
                    rows.add(event(
                            row,
                            now,
                            "sent-back",
                            actor,
                            sentBack.from(),
                            TimelineEntry.details(
                                    "to", sentBack.to(), "reason", sentBack.reason(), "officer", sentBack.officer())));
                case Effect.InformationRequestOverdue overdue ->
                    rows.add(event(row, now, "information-request-overdue", "system", overdue.step(), Map.of()));
                case Effect.ActionDue due ->
                    afterwards.add(new CaseActionDue(
                            row.id(),
                            row.reference(),
                            row.process(),
                            due.action(),
                            due.event(),
                            due.target(),
                            due.occurrence(),
                            actor,
                            row.data()));
                // The job is a row in this transaction: the call is made only once the move has committed.
                case Effect.ApiCallNeeded call -> apiCalls.schedule(row.id(), call.token(), now);
                case Effect.CaseClosed closed -> {
                    rows.add(event(
                            row,
                            now,
                            "case-closed",
                            actor,
                            closed.step(),
                            TimelineEntry.details("outcome", closed.outcome())));
                    afterwards.add(new CaseEnded(row.id(), CaseStatus.CLOSED, actor));
                }
                case Effect.ChildrenNeeded children ->
                    afterwards.add(new ChildrenDue(row, children.step(), children.token(), actor));
                case Effect.AccessChanged access -> {
                    var step = access.step();
                    restrictions.restrict(row.id(), step.teams(), step.roles());
                    rows.add(event(
                            row,
                            now,
                            "access-changed",
                            actor,
                            step.key(),
                            TimelineEntry.details("teams", step.teams(), "roles", step.roles())));
                    afterwards.add(new CaseAccessChanged(row.id(), step.teams(), step.roles()));
                }
                case Effect.MovedToStage moved -> {
                    rows.add(event(
                            row,
                            now,
                            "moved-to-stage",
                            moved.actor(),
                            moved.fromStep(),
                            TimelineEntry.details("stage", moved.stage(), "reason", moved.reason())));
                    afterwards.add(new CaseMoved(row.id(), moved.fromStep(), moved.stage(), moved.actor()));
                }
            }
        }
        if (pendingFields != null) {
            rows.add(event(row, now, "fields-set", pendingFields.by(), null, pendingFields.values()));
        }
        rows.addAll(after);
        timeline.append(rows);
        // Actions come last, so they see the move complete: the task it created, and who holds it.
        afterwards.stream().filter(e -> !(e instanceof CaseActionDue)).forEach(events::publishEvent);
        afterwards.stream().filter(e -> e instanceof CaseActionDue).forEach(events::publishEvent);
    }

    static TimelineRows.NewEvent event(
            CaseRow row, Instant at, String type, String actor, String step, Map<String, Object> detail) {
        return new TimelineRows.NewEvent(row.id(), at, type, actor, step, detail);
    }
}
