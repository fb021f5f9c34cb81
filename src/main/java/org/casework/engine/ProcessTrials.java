package org.casework.engine;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.casework.definition.Action;
import org.casework.definition.AllocationOutcome;
import org.casework.definition.CaseDataValidation;
import org.casework.definition.ConditionEvaluator;
import org.casework.definition.ConditionFailed;
import org.casework.definition.ConditionWords;
import org.casework.definition.ProcessChanges;
import org.casework.definition.ProcessDefinition;
import org.casework.definition.Step;
import org.casework.engine.interpreter.Advance;
import org.casework.engine.interpreter.CasePosition;
import org.casework.engine.interpreter.Effect;
import org.casework.engine.interpreter.Interpreter;
import org.springframework.stereotype.Service;

/**
 * "Try it": runs a process, usually a draft, with sample answers through the engine's own interpreter, nothing
 * written. Where a real case would wait, the trial assumes the wait ends: each task is completed with the same
 * answers, each approval is approved, each timer falls due, each API call answers and each information request is
 * answered. A process that goes round a loop with those
 * answers would never end, so the trial stops after {@link #MOST_WAITS} waits and says so.
 */
@Service
public class ProcessTrials {

    /** Waits passed before a trial is taken to be going round a loop. */
    static final int MOST_WAITS = 50;

    private static final String ACTOR = "try-it";

    private final Interpreter interpreter;
    private final ConditionEvaluator conditions;
    private final CaseDataValidation validation;
    private final Clock clock;

    ProcessTrials(Interpreter interpreter, ConditionEvaluator conditions, CaseDataValidation validation, Clock clock) {
        this.interpreter = interpreter;
        this.conditions = conditions;
        this.validation = validation;
        this.clock = clock;
    }

    /** The path the answers take; answers the process's fields would refuse are refused with {@link InvalidCaseData}. */
    public Trial run(ProcessDefinition process, Map<String, Object> answers) {
        var problems = validation.check(process.fields(), answers, List.of());
        if (!problems.isEmpty()) throw new InvalidCaseData(problems);
        var data = validation.normalise(process.fields(), answers);
        var path = new Path(process);
        var now = clock.instant();
        try {
            path.known.putAll(data);
            var position = reached(process, interpreter.start(process, data, ACTOR, now), path, now);
            var waits = 0;
            while (!position.closed()) {
                if (++waits > MOST_WAITS) {
                    path.stopped = "The case went round a loop: it waited " + MOST_WAITS
                            + " times without ending with these answers";
                    break;
                }
                path.assume(position);
                if (process.step(position.step()).orElse(null) instanceof Step.InformationRequest) {
                    position = react(process, position, Action.Event.INFORMATION_REQUEST_ANSWERED, path, now);
                }
                var waitingAt = process.step(position.step()).orElse(null);
                var moved = waitingAt instanceof Step.Approval
                        ? interpreter.decide(process, position, true, ACTOR, now)
                        : interpreter.complete(process, position, Map.of(), ACTOR, now);
                position = reached(process, moved, path, now);
            }
        } catch (ProcessStuck | ConditionFailed stuck) {
            path.stopped = stuck.getMessage();
        }
        return new Trial(path.steps, path.messages, path.otherActions, path.outcome, path.stopped);
    }

    /**
     * Follows a move, and what the modules that listen to it would make happen next: a task's {@code task-assigned}
     * actions run as soon as the work module gives it to a team. Returns where the case then stands.
     */
    private CasePosition reached(ProcessDefinition process, Advance advance, Path path, java.time.Instant now) {
        path.follow(advance);
        var position = advance.position();
        if (advance.effects().stream().anyMatch(e -> e instanceof Effect.TaskNeeded)) {
            position = react(process, position, Action.Event.TASK_ASSIGNED, path, now);
        }
        return position;
    }

    private CasePosition react(
            ProcessDefinition process, CasePosition position, Action.Event event, Path path, java.time.Instant now) {
        var occurrence = event.key() + ":" + position.step() + "@" + position.token();
        var reacted = interpreter.react(process, position, event, position.step(), occurrence, ACTOR, now);
        path.follow(reacted);
        return reacted.position();
    }

    /** What the trial has seen so far. */
    private final class Path {
        private final ProcessDefinition process;
        private final List<Trial.Stop> steps = new ArrayList<>();
        private final List<Trial.Message> messages = new ArrayList<>();
        private final List<String> otherActions = new ArrayList<>();
        /** The case's data as the effects so far leave it, which is what a branch decided on. */
        private final Map<String, Object> known = new java.util.LinkedHashMap<>();

        private String stage;
        private String outcome;
        private String stopped;

        Path(ProcessDefinition process) {
            this.process = process;
        }

        void follow(Advance advance) {
            var data = advance.position().data();
            for (var effect : advance.effects()) {
                switch (effect) {
                    case Effect.FieldsSet set -> known.putAll(set.values());
                    case Effect.StageEntered entered -> stage = entered.stage();
                    case Effect.StepEntered entered -> arrive(entered.step());
                    case Effect.StepCompleted completed -> {
                        if (completed.detail().get("next") instanceof String next) routed(completed.step(), next);
                    }
                    case Effect.TaskNeeded task ->
                        replaceLast(
                                task.step().key(),
                                stop -> new Trial.Stop(
                                        stop.key(),
                                        stop.name(),
                                        stop.kind(),
                                        stop.stage(),
                                        stop.stageName(),
                                        stop.route(),
                                        AllocationOutcome.of(
                                                task.step().key(),
                                                task.step().allocations().stream()
                                                        .findFirst()
                                                        .orElse(null),
                                                data,
                                                conditions),
                                        stop.assumed()));
                    case Effect.ActionDue due -> action(due);
                    case Effect.CaseClosed closed -> outcome = closed.outcome();
                    default -> {}
                }
            }
        }

        private void arrive(String key) {
            var step = process.step(key).orElseThrow();
            var stageName = stage == null
                    ? null
                    : process.stage(stage).map(s -> s.name()).orElse(stage);
            steps.add(new Trial.Stop(
                    key,
                    step.name() == null ? key : step.name(),
                    ProcessChanges.kindOf(step),
                    stage,
                    stageName,
                    null,
                    null,
                    null));
        }

        private void routed(String branchKey, String next) {
            var chosen = "Went to '" + next + "'";
            if (process.step(branchKey).orElse(null) instanceof Step.Branch branch) {
                chosen = "No route's condition holds, so otherwise to '" + next + "'";
                var routes = branch.routes();
                for (int i = 0; i < routes.size(); i++) {
                    var where = "step '" + branch.key() + "', route " + (i + 1);
                    if (conditions.test(routes.get(i).when(), known, where)) {
                        chosen = "Route " + (i + 1) + " to '" + next + "', because "
                                + ConditionWords.of(routes.get(i).when());
                        break;
                    }
                }
            }
            var route = chosen;
            replaceLast(branchKey, stop -> withRoute(stop, route));
        }

        private void action(Effect.ActionDue due) {
            var when = due.event().key() + (due.target() == null ? "" : " of '" + due.target() + "'");
            if (due.action() instanceof Action.Notify notify) {
                messages.add(new Trial.Message(when, notify.template(), ProcessChanges.recipient(notify)));
            } else {
                otherActions.add("On " + when + ": " + ProcessChanges.describeAction(due.action()));
            }
        }

        void assume(CasePosition position) {
            var step = process.step(position.step()).orElse(null);
            var assumed = switch (step) {
                case Step.Task task -> "Completed with the answers given";
                case Step.Approval approval -> "Approved";
                case Step.Checklist checklist -> "Every item ticked";
                case Step.Api api -> "The other system answers, filling no fields";
                case Step.Timer timer -> "The timer falls due";
                case Step.InformationRequest request -> "The citizen replies";
                case null -> "The wait ends";
                default -> "The wait ends";
            };
            replaceLast(
                    position.step(),
                    stop -> new Trial.Stop(
                            stop.key(),
                            stop.name(),
                            stop.kind(),
                            stop.stage(),
                            stop.stageName(),
                            stop.route(),
                            stop.allocation(),
                            assumed));
        }

        private Trial.Stop withRoute(Trial.Stop stop, String route) {
            return new Trial.Stop(
                    stop.key(),
                    stop.name(),
                    stop.kind(),
                    stop.stage(),
                    stop.stageName(),
                    route,
                    stop.allocation(),
                    stop.assumed());
        }

        /** Rewrites the latest visit to the step, which is the one an effect is about. */
        private void replaceLast(String key, java.util.function.UnaryOperator<Trial.Stop> change) {
            for (int i = steps.size() - 1; i >= 0; i--) {
                if (steps.get(i).key().equals(key)) {
                    steps.set(i, change.apply(steps.get(i)));
                    return;
                }
            }
        }
    }
}
