package org.casework.engine.interpreter;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.casework.definition.Action;
import org.casework.definition.ConditionEvaluator;
import org.casework.definition.ProcessDefinition;
import org.casework.definition.Step;
import org.casework.engine.ProcessStuck;
import org.casework.engine.WorkingCalendar;
import org.casework.platform.CouncilTime;

/**
 * Runs a case through its process from one wait state to the next. Pure: given the definition, the case's position
 * and a command, it returns the new position and the effects, and never touches a database, a clock or Spring, so
 * every transition can be tested in microseconds.
 */
public final class Interpreter {

    /** More steps than any sane process passes in one go; beyond it the process is looping. */
    static final int MAX_STEPS_PER_COMMAND = 500;

    /** Who the timeline names for what the engine does by itself. */
    private static final String SYSTEM = "system";

    private final ConditionEvaluator conditions;
    private final WorkingCalendar calendar;

    public Interpreter(ConditionEvaluator conditions, WorkingCalendar calendar) {
        this.conditions = conditions;
        this.calendar = calendar;
    }

    /** Starts a case at the process's first step. */
    public Advance start(ProcessDefinition process, Map<String, Object> data, String actor, Instant now) {
        var run = new Run(process, CasePosition.beginning(data), actor, now);
        run.actions(Action.Event.CASE_STARTED, null);
        run.goTo(process.start());
        return run.result();
    }

    /** When a case received now is due: its SLA in working days, or the sum of its stages' targets without one. */
    public LocalDate caseDueOn(ProcessDefinition process, Instant receivedAt) {
        var days = process.sla() != null
                ? process.sla().targetWorkingDays()
                : process.stages().stream().mapToInt(s -> s.targetWorkingDays()).sum();
        return calendar.addWorkingDays(CouncilTime.dayOf(receivedAt), days);
    }

    /**
     * Completes the waiting step (a task, a timer that fell due, or an information request the citizen answered) and
     * moves on to the next wait state.
     */
    public Advance complete(
            ProcessDefinition process, CasePosition position, Map<String, Object> newData, String actor, Instant now) {
        var step = process.step(position.step())
                .orElseThrow(() -> new ProcessStuck(
                        "The case is at step '" + position.step() + "', which its process version does not have"));
        var run = new Run(process, position, actor, now);
        if (!newData.isEmpty()) run.set(actor, newData);
        run.effects.add(new Effect.StepCompleted(step.key(), actor, Map.of()));
        run.actions(Action.Event.STEP_COMPLETED, step.key());
        run.goTo(next(step));
        return run.result();
    }

    /**
     * Decides the approval step the case waits at: the step completes with the decision, the {@code
     * approval-approved} or {@code approval-rejected} actions run, and the case goes on to the step's {@code approved}
     * or {@code rejected} step.
     */
    public Advance decide(
            ProcessDefinition process, CasePosition position, boolean approved, String actor, Instant now) {
        var step = process.step(position.step())
                .orElseThrow(() -> new ProcessStuck(
                        "The case is at step '" + position.step() + "', which its process version does not have"));
        if (!(step instanceof Step.Approval approval)) {
            throw new ProcessStuck(
                    "Step '" + step.key() + "' is not an approval, so it cannot be approved or rejected");
        }
        var run = new Run(process, position, actor, now);
        run.effects.add(new Effect.StepCompleted(
                approval.key(), actor, Map.of("decision", approved ? "approved" : "rejected")));
        run.actions(Action.Event.STEP_COMPLETED, approval.key());
        run.actions(approved ? Action.Event.APPROVAL_APPROVED : Action.Event.APPROVAL_REJECTED, approval.key());
        run.goTo(approved ? approval.approved() : approval.rejected());
        return run.result();
    }

    /**
     * Returns the case from the step it waits at to the earlier step {@code to}, for {@code reason}: a new visit of
     * that step (a new token, so the old step's work can no longer move the case), its work needed again. The case's
     * stage keeps its target date; see {@link Run#returnTo} for a step in an earlier stage, whose earlier target the
     * caller supplies.
     */
    public Advance sendBack(
            ProcessDefinition process,
            CasePosition position,
            String to,
            LocalDate earlierStageTarget,
            String reason,
            String officer,
            String actor,
            Instant now) {
        var target = process.step(to)
                .orElseThrow(() -> new ProcessStuck("The case cannot go back to step '" + to + "', which process '"
                        + process.key() + "' does not have"));
        var run = new Run(process, position, actor, now);
        run.effects.add(new Effect.SentBack(position.step(), to, reason, officer));
        run.returnTo(target, earlierStageTarget);
        run.goTo(to);
        return run.result();
    }

    /**
     * Places the case at a step as if it had just arrived there: its stage (if the step names one), its arrival
     * actions and the work it waits for. Used when a case moves to another version of its process and an
     * administrator maps the step it waited at to this one.
     */
    public Advance enter(ProcessDefinition process, CasePosition position, String step, String actor, Instant now) {
        var run = new Run(process, position, actor, now);
        run.goTo(step);
        return run.result();
    }

    /**
     * The reply to the request the case waits at is overdue: the overdue actions run, and the case moves on to the
     * step's {@code overdue} step if it names one, as when a timer falls due; otherwise it stays where it is.
     */
    public Advance overdue(ProcessDefinition process, CasePosition position, Instant now) {
        var step = process.step(position.step())
                .orElseThrow(() -> new ProcessStuck(
                        "The case is at step '" + position.step() + "', which its process version does not have"));
        var run = new Run(process, position, SYSTEM, now);
        run.effects.add(new Effect.InformationRequestOverdue(step.key()));
        run.actions(Action.Event.INFORMATION_REQUEST_OVERDUE, step.key());
        if (step instanceof Step.InformationRequest request && request.overdue() != null) {
            run.effects.add(new Effect.StepCompleted(step.key(), SYSTEM, Map.of("next", request.overdue())));
            run.actions(Action.Event.STEP_COMPLETED, step.key());
            run.goTo(request.overdue());
        }
        return run.result();
    }

    /**
     * An officer moves the case of a flexible process to a stage, whatever step it waits at: it leaves that step
     * without completing it and enters the stage's first step (see {@link ProcessDefinition#entryOf}), with a new
     * token, so work left over from the step it left can no longer move it.
     */
    public Advance moveToStage(
            ProcessDefinition process, CasePosition position, String stage, String reason, String actor, Instant now) {
        var entry = process.entryOf(stage)
                .orElseThrow(() -> new ProcessStuck(
                        "Stage '" + stage + "' of process '" + process.key() + "' has no step to enter"));
        var run = new Run(process, position, actor, now);
        run.effects.add(new Effect.MovedToStage(position.step(), stage, reason, actor));
        // Moving within the stage the case is in starts it again, with a new target date.
        if (stage.equals(position.stage())) run.stage = null;
        run.goTo(entry.key());
        return run.result();
    }

    /**
     * Answers from outside a move (a child case that ended) are written onto the case where it stands: the fields
     * change, the case stays at its step.
     */
    public Advance receive(
            ProcessDefinition process, CasePosition position, Map<String, Object> values, String actor, Instant now) {
        var run = new Run(process, position, actor, now);
        if (!values.isEmpty()) run.set(actor, values);
        return run.result();
    }

    /**
     * Runs the actions of an event that happened outside a move (a task assigned, an SLA warning or breach, a reply
     * from the citizen, the case abandoned). The case stays where it is; only its data may change.
     */
    public Advance react(
            ProcessDefinition process,
            CasePosition position,
            Action.Event event,
            String target,
            String occurrence,
            String actor,
            Instant now) {
        var run = new Run(process, position, actor, now);
        run.actions(event, target, occurrence);
        return run.result();
    }

    /** Case data may hold nulls (a cleared field), which {@code Map.copyOf} refuses. */
    private static Map<String, Object> frozen(Map<String, Object> values) {
        return Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    private static String next(Step step) {
        return switch (step) {
            case Step.Task task -> task.next();
            case Step.Timer timer -> timer.next();
            case Step.InformationRequest request -> request.next();
            case Step.Automatic automatic -> automatic.next();
            case Step.Branch branch -> branch.otherwise();
            case Step.End end -> null;
            case Step.Api api -> api.next();
            case Step.Checklist checklist -> checklist.next();
            case Step.Approval approval ->
                throw new ProcessStuck("Approval step '" + approval.key() + "' is approved or rejected, not completed");
            case Step.SubProcess sub -> sub.next();
            case Step.ChangeAccess access -> access.next();
        };
    }

    /** The mutable state of one command, thrown away when it ends. */
    private final class Run {
        private final ProcessDefinition process;
        private final String actor;
        private final Instant now;
        private final LocalDate today;
        private final Map<String, Object> data;
        private final List<Effect> effects = new ArrayList<>();
        private String stage;
        private LocalDate stageDueOn;
        private String step;
        private int token;
        private boolean closed;

        Run(ProcessDefinition process, CasePosition position, String actor, Instant now) {
            this.process = process;
            this.actor = actor;
            this.now = now;
            this.today = CouncilTime.dayOf(now);
            this.data = new LinkedHashMap<>(position.data());
            this.stage = position.stage();
            this.stageDueOn = position.stageDueOn();
            this.step = position.step();
            this.token = position.token();
            this.closed = position.closed();
        }

        void goTo(String first) {
            var next = first;
            var passed = 0;
            while (next != null) {
                if (++passed > MAX_STEPS_PER_COMMAND) {
                    throw new ProcessStuck("Process '" + process.key() + "' passed " + MAX_STEPS_PER_COMMAND
                            + " steps without reaching a wait state; it loops at step '" + next + "'");
                }
                var target = next;
                var current = process.step(target)
                        .orElseThrow(() -> new ProcessStuck("Step '" + step + "' leads to step '" + target
                                + "', which process '" + process.key() + "' does not have"));
                next = enter(current);
            }
        }

        /** Enters a step and returns the step to go to next, or null when the case must wait or has closed. */
        private String enter(Step current) {
            if (current.stage() != null && !current.stage().equals(stage)) enterStage(current.stage());
            step = current.key();
            token++;
            effects.add(new Effect.StepEntered(step, token));
            actions(Action.Event.STEP_ENTERED, step);
            return switch (current) {
                case Step.Human human -> {
                    effects.add(new Effect.TaskNeeded(human, token, taskDueOn(human)));
                    yield null;
                }
                case Step.Timer timer -> {
                    effects.add(new Effect.TimerNeeded(timer, token, timerDueAt(timer)));
                    yield null;
                }
                case Step.InformationRequest request -> {
                    var replyBy = calendar.addWorkingDays(today, request.replyWithinWorkingDays());
                    effects.add(new Effect.InformationRequested(request, token, replyBy));
                    actions(Action.Event.INFORMATION_REQUEST_SENT, step);
                    yield null;
                }
                case Step.Automatic automatic -> {
                    if (!automatic.set().isEmpty()) set(actor, automatic.set());
                    completed(automatic, Map.of());
                    yield automatic.next();
                }
                case Step.Branch branch -> {
                    var chosen = choose(branch);
                    completed(branch, Map.of("next", chosen));
                    yield chosen;
                }
                case Step.Api api -> {
                    effects.add(new Effect.ApiCallNeeded(api, token));
                    yield null;
                }
                case Step.End end -> {
                    completed(end, Map.of());
                    closed = true;
                    effects.add(new Effect.CaseClosed(end.key(), end.outcome()));
                    actions(Action.Event.CASE_CLOSED, end.key());
                    yield null;
                }
                case Step.SubProcess sub -> {
                    effects.add(new Effect.ChildrenNeeded(sub, token));
                    if (sub.waitsForChildren()) yield null;
                    completed(sub, Map.of());
                    yield sub.next();
                }
                case Step.ChangeAccess access -> {
                    effects.add(new Effect.AccessChanged(access));
                    completed(access, Map.of());
                    yield access.next();
                }
            };
        }

        private void completed(Step done, Map<String, Object> detail) {
            effects.add(new Effect.StepCompleted(done.key(), null, detail));
            actions(Action.Event.STEP_COMPLETED, done.key());
        }

        private void enterStage(String stageKey) {
            var definition = process.stage(stageKey)
                    .orElseThrow(() -> new ProcessStuck("Step '" + step + "' names stage '" + stageKey
                            + "', which process '" + process.key() + "' does not have"));
            stage = stageKey;
            stageDueOn = calendar.addWorkingDays(today, definition.targetWorkingDays());
            effects.add(new Effect.StageEntered(stageKey, stageDueOn));
            actions(Action.Event.STAGE_ENTERED, stageKey);
        }

        private String choose(Step.Branch branch) {
            var routes = branch.routes();
            for (int i = 0; i < routes.size(); i++) {
                var where = "step '" + branch.key() + "', route " + (i + 1);
                if (conditions.test(routes.get(i).when(), data, where))
                    return routes.get(i).next();
            }
            return branch.otherwise();
        }

        /**
         * Puts the case back in the stage of a step it returns to. Within the same stage nothing changes; an earlier
         * stage is entered again with the target it had when the case first entered it ({@code earlierTarget}), so
         * returning work never buys a stage more time.
         */
        void returnTo(Step target, LocalDate earlierTarget) {
            if (target.stage() == null || target.stage().equals(stage)) return;
            var definition = process.stage(target.stage())
                    .orElseThrow(() -> new ProcessStuck("Step '" + target.key() + "' names stage '" + target.stage()
                            + "', which process '" + process.key() + "' does not have"));
            stage = target.stage();
            stageDueOn = earlierTarget != null
                    ? earlierTarget
                    : calendar.addWorkingDays(today, definition.targetWorkingDays());
            effects.add(new Effect.StageEntered(stage, stageDueOn));
            actions(Action.Event.STAGE_ENTERED, stage);
        }

        private LocalDate taskDueOn(Step.Human task) {
            if (task.targetWorkingDays() != null) return calendar.addWorkingDays(today, task.targetWorkingDays());
            return stageDueOn;
        }

        private Instant timerDueAt(Step.Timer timer) {
            if (timer.after() != null) return now.plus(timer.after());
            if (timer.workingDays() != null) {
                return calendar.addWorkingDays(today, timer.workingDays())
                        .atStartOfDay(CouncilTime.ZONE)
                        .toInstant();
            }
            var value = data.get(timer.untilField());
            try {
                return LocalDate.parse(String.valueOf(value))
                        .atStartOfDay(CouncilTime.ZONE)
                        .toInstant();
            } catch (DateTimeParseException e) {
                throw new ProcessStuck("Timer step '" + timer.key() + "' waits until the date in field '"
                        + timer.untilField() + "', but the case holds '" + value + "' there");
            }
        }

        void set(String by, Map<String, Object> values) {
            data.putAll(values);
            effects.add(new Effect.FieldsSet(by, frozen(values)));
        }

        void actions(Action.Event event, String target) {
            // A stage is entered just before its first step, whose visit the token will count next.
            var visit = event == Action.Event.STAGE_ENTERED ? token + 1 : token;
            var occurrence = event.key() + (target == null ? "" : ":" + target) + "@" + visit;
            actions(event, target, occurrence);
        }

        void actions(Action.Event event, String target, String occurrence) {
            for (var action : process.actions()) {
                if (action.on() != event) continue;
                if (action.target() != null && !action.target().equals(target)) continue;
                var where = "action on " + event.key() + (target == null ? "" : " of '" + target + "'");
                if (action.when() != null && !conditions.test(action.when(), data, where)) continue;
                switch (action) {
                    case Action.SetFields setFields -> set("action", setFields.set());
                    default -> effects.add(new Effect.ActionDue(action, event, target, occurrence));
                }
            }
        }

        Advance result() {
            return new Advance(new CasePosition(frozen(data), stage, stageDueOn, step, token, closed), effects);
        }
    }
}
