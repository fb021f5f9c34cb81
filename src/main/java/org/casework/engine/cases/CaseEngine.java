package org.casework.engine.cases;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.casework.definition.Action;
import org.casework.definition.Address;
import org.casework.definition.CaseDataValidation;
import org.casework.definition.Definitions;
import org.casework.definition.FieldDefinition;
import org.casework.definition.FieldType;
import org.casework.definition.ProcessDefinition;
import org.casework.definition.Step;
import org.casework.engine.CannotSendBack;
import org.casework.engine.CaseConflict;
import org.casework.engine.CaseId;
import org.casework.engine.CaseNotFound;
import org.casework.engine.CaseStatus;
import org.casework.engine.InvalidCaseData;
import org.casework.engine.MoveRefused;
import org.casework.engine.StartCase;
import org.casework.engine.TimelineEntry;
import org.casework.engine.interpreter.Advance;
import org.casework.engine.interpreter.CasePosition;
import org.casework.engine.interpreter.Effect;
import org.casework.engine.interpreter.Interpreter;
import org.casework.platform.CouncilTime;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The engine's commands, each one database transaction: lock the case, let the interpreter advance it to the next
 * wait state, write the new position and the effects, commit. Nothing slow happens inside.
 */
@Service
public class CaseEngine {

    /** Who the timeline names for what the engine does by itself. */
    private static final String SYSTEM = "system";

    private final Definitions definitions;
    private final CaseDataValidation dataValidation;
    private final Interpreter interpreter;
    private final CaseRows cases;
    private final CaseFieldRows caseFields;
    private final EffectWriter effects;
    private final SlaClock sla;
    private final StepHistory history;
    private final Clock clock;
    private final ChildEnds childEnds;

    CaseEngine(
            Definitions definitions,
            CaseDataValidation dataValidation,
            Interpreter interpreter,
            CaseRows cases,
            CaseFieldRows caseFields,
            EffectWriter effects,
            SlaClock sla,
            StepHistory history,
            Clock clock,
            ChildEnds childEnds) {
        this.definitions = definitions;
        this.dataValidation = dataValidation;
        this.interpreter = interpreter;
        this.cases = cases;
        this.caseFields = caseFields;
        this.effects = effects;
        this.sla = sla;
        this.history = history;
        this.clock = clock;
        this.childEnds = childEnds;
    }

    /** Starts a case on the latest published version and runs it to its first wait state. */
    @Transactional
    public CaseRow start(StartCase command) {
        var version = definitions.latest(command.process());
        var process = version.definition();
        var mandatory = process.fields().stream()
                .filter(FieldDefinition::mandatory)
                .map(FieldDefinition::key)
                .toList();
        var problems = dataValidation.check(process.fields(), command.data(), mandatory);
        if (!problems.isEmpty()) throw new InvalidCaseData(problems);
        var data = dataValidation.normalise(process.fields(), command.data());

        var now = clock.instant();
        var today = CouncilTime.dayOf(now);
        var advance = interpreter.start(process, data, command.actor(), now);
        var position = advance.position();
        var row = new CaseRow(
                CaseId.generate(),
                cases.nextReference(process.referencePrefixOrDefault(), today.getYear()),
                process.key(),
                version.id(),
                statusAfter(advance, process),
                position.data(),
                position.stage(),
                position.stageDueOn(),
                position.step(),
                position.token(),
                closingOutcome(advance),
                now,
                command.actor(),
                interpreter.caseDueOn(process, now),
                position.closed() ? now : null,
                0,
                command.citizen(),
                postcodeOf(process, data),
                null,
                null);
        row = row.withSlaAlerts(sla.firstAlerts(process, now, row.dueOn()));
        var after = new ArrayList<TimelineRows.NewEvent>();
        row = keepSlaInStep(row, process, advance, now, after);
        cases.insert(row);
        caseFields.write(row.id(), process, Map.of(), row.data());
        var started = EffectWriter.event(
                row,
                now,
                "case-started",
                command.actor(),
                null,
                // The version, because a case can later move to another; the process it cannot change, so the case
                // row's process key says that once.
                TimelineEntry.details("version", version.version()));
        effects.write(row, process, advance.effects(), command.actor(), now, List.of(started), after);
        return startedChildren(advance) ? settle(cases.current(row), process, 0) : cases.current(row);
    }

    /**
     * Completes the step the case waits at, if it still waits there ({@code token} names the visit), with the data
     * the officer entered (a task's mandatory fields must then be filled) or the citizen's reply to an information
     * request (any of the process's fields, none required).
     */
    @Transactional
    public CaseRow completeStep(CaseId id, String stepKey, int token, Map<String, Object> data, String actor) {
        var row = cases.lock(id).orElseThrow(() -> new CaseNotFound(id.toString()));
        requireWaitingAt(row, stepKey, token);
        var process = definitions.published(row.processVersion()).definition();
        var step = process.step(stepKey).orElseThrow();
        var normalised = data;
        if (step instanceof Step.Task task) {
            var allowed = process.fields().stream()
                    .filter(f -> task.fields().contains(f.key()))
                    .toList();
            var problems = new ArrayList<>(dataValidation.check(allowed, data, List.of()));
            for (var field : task.mandatory()) {
                var merged =
                        data.containsKey(field) ? data.get(field) : row.data().get(field);
                if (merged == null || String.valueOf(merged).isBlank()) {
                    problems.add(new CaseDataValidation.FieldProblem(field, "is required to complete this step"));
                }
            }
            if (!problems.isEmpty()) throw new InvalidCaseData(problems);
            normalised = dataValidation.normalise(allowed, data);
        } else if (step instanceof Step.Api api) {
            // The other system's answer, or an officer entering it by hand: only the fields the step fills.
            var allowed = process.fields().stream()
                    .filter(f -> api.response().containsKey(f.key()))
                    .toList();
            var problems = dataValidation.check(allowed, data, List.of());
            if (!problems.isEmpty()) throw new InvalidCaseData(problems);
            normalised = dataValidation.normalise(allowed, data);
        } else if (step instanceof Step.Approval) {
            throw new CaseConflict("Step '" + stepKey + "' of case " + row.reference()
                    + " is an approval: it is approved or rejected, not completed");
        } else if (step instanceof Step.Checklist) {
            // A checklist's ticks are the work module's; the case's data is not its to change.
            normalised = Map.of();
        } else if (step instanceof Step.InformationRequest) {
            var problems = dataValidation.check(process.fields(), data, List.of());
            if (!problems.isEmpty()) throw new InvalidCaseData(problems);
            normalised = dataValidation.normalise(process.fields(), data);
        }
        var answer = normalised;
        return advance(
                row,
                process,
                actor,
                true,
                (position, now) -> interpreter.complete(process, position, answer, actor, now));
    }

    /**
     * Decides the approval step the case waits at ({@code token} names the visit): the case goes on to the step's
     * {@code approved} or {@code rejected} step. The work module calls it when the approval's last task is decided.
     */
    @Transactional
    public CaseRow decide(CaseId id, String stepKey, int token, boolean approved, String actor) {
        var row = cases.lock(id).orElseThrow(() -> new CaseNotFound(id.toString()));
        requireWaitingAt(row, stepKey, token);
        var process = definitions.published(row.processVersion()).definition();
        return advance(
                row,
                process,
                actor,
                true,
                (position, now) -> interpreter.decide(process, position, approved, actor, now));
    }

    /** The earlier step the case would go back to from the one it waits at, if it has one. */
    public Optional<StepHistory.ReturnPoint> returnPoint(CaseId id) {
        var row = cases.find(id).orElseThrow(() -> new CaseNotFound(id.toString()));
        if (!row.status().isActive()) return Optional.empty();
        var process = definitions.published(row.processVersion()).definition();
        return history.returnPoint(row, process);
    }

    /**
     * Returns the case from the step people work on where it waits ({@code token} names the visit) to the step
     * people last worked on before it, for {@code reason}. The case's due date stays as it is, and so does its
     * stage's target (see {@link Interpreter#sendBack}). {@code officer} is who the returned work is meant for, when
     * the caller gives it to a person, for the timeline.
     */
    @Transactional
    public CaseRow sendBack(CaseId id, String stepKey, int token, String reason, String officer, String actor) {
        var row = cases.lock(id).orElseThrow(() -> new CaseNotFound(id.toString()));
        requireWaitingAt(row, stepKey, token);
        var process = definitions.published(row.processVersion()).definition();
        if (!(process.step(stepKey).orElse(null) instanceof Step.Human)) {
            throw new CaseConflict("Case " + row.reference() + " waits at step '" + stepKey
                    + "', which nobody works on, so it cannot be sent back from there");
        }
        var target = history.returnPoint(row, process).orElseThrow(() -> new CannotSendBack(row.reference(), stepKey));
        return advance(
                row,
                process,
                actor,
                false,
                (position, now) -> interpreter.sendBack(
                        process, position, target.step(), target.stageTarget(), reason, officer, actor, now));
    }

    /** A timer fell due. A timer for an earlier visit, or for a case that ended, is ignored: retries are safe. */
    @Transactional
    public void timerDue(CaseId id, int token) {
        var row = cases.lock(id).orElse(null);
        if (row == null || !row.status().isActive() || row.token() != token) return;
        var process = definitions.published(row.processVersion()).definition();
        if (!(process.step(row.step()).orElse(null) instanceof Step.Timer)) return;
        advance(
                row,
                process,
                SYSTEM,
                true,
                (position, now) -> interpreter.complete(process, position, Map.of(), SYSTEM, now));
    }

    /**
     * The citizen has not replied by the reply-by date of the request the case waits at. If the case still waits
     * there ({@code token} names the visit), the overdue actions run and the case moves to the step's {@code overdue}
     * step if it names one; otherwise nothing happens (a late or repeated report is harmless).
     */
    @Transactional
    public boolean informationRequestOverdue(CaseId id, String stepKey, int token) {
        var row = cases.lock(id).orElseThrow(() -> new CaseNotFound(id.toString()));
        if (!row.status().isActive() || !stepKey.equals(row.step()) || row.token() != token) return false;
        var process = definitions.published(row.processVersion()).definition();
        var step = process.step(stepKey).orElse(null);
        if (step == null) return false;
        var leaves = step instanceof Step.InformationRequest request && request.overdue() != null;
        advance(row, process, SYSTEM, leaves, (position, now) -> interpreter.overdue(process, position, now));
        return true;
    }

    /**
     * Runs the process's actions for an event that happened to the case outside a move (a task assigned, the SLA
     * warning or breach, a reply from the citizen). Returns false, doing nothing, for a case that has ended: its
     * events are over.
     */
    @Transactional
    public boolean react(CaseId id, Action.Event event, String target, String occurrence, String actor) {
        var row = cases.lock(id).orElseThrow(() -> new CaseNotFound(id.toString()));
        if (!row.status().isActive()) return false;
        react(row, event, target, occurrence, actor);
        return true;
    }

    /** Runs the actions for {@code event} on a case already locked; the case keeps its position and status. */
    public CaseRow react(CaseRow row, Action.Event event, String target, String occurrence, String actor) {
        var process = definitions.published(row.processVersion()).definition();
        if (!process.reactsTo(event)) return row;
        var now = clock.instant();
        var advance = interpreter.react(process, row.position(), event, target, occurrence, actor, now);
        if (advance.effects().isEmpty()) return row;
        var next = row;
        if (!advance.position().data().equals(row.data())) {
            next = row.movedTo(advance.position(), row.status(), row.outcome(), row.closedAt());
            cases.update(next);
            caseFields.write(next.id(), process, row.data(), next.data());
        }
        effects.write(next, process, advance.effects(), actor, now, List.of(), List.of());
        return cases.current(next);
    }

    /** One of the interpreter's moves, given the case's position and the time. */
    private interface Move {
        Advance from(CasePosition position, Instant now);
    }

    /**
     * Moves the case as the interpreter decides and writes the result. When the case {@code leaves} an information
     * request its SLA clock starts again first, so the dates the move computes from (a task's due date from the
     * stage's target) are already moved out.
     */
    private CaseRow advance(CaseRow row, ProcessDefinition process, String actor, boolean leaves, Move move) {
        return advance(row, process, actor, leaves, move, 0);
    }

    /** {@code depth} counts the moves one command has made because children it started ended at once. */
    private CaseRow advance(
            CaseRow row, ProcessDefinition process, String actor, boolean leaves, Move move, int depth) {
        var now = clock.instant();
        var before = new ArrayList<TimelineRows.NewEvent>();
        var from = row;
        if (leaves && process.step(row.step()).orElse(null) instanceof Step.InformationRequest) {
            var resumed = sla.resume(row, actor, now);
            if (resumed.isPresent()) {
                from = resumed.get().row();
                before.add(resumed.get().entry());
            }
        }
        var advance = move.from(from.position(), now);
        var position = advance.position();
        var next = from.movedTo(
                position, statusAfter(advance, process), closingOutcome(advance), position.closed() ? now : null);
        var after = new ArrayList<TimelineRows.NewEvent>();
        next = keepSlaInStep(next, process, advance, now, after);
        cases.update(next);
        caseFields.write(next.id(), process, row.data(), next.data());
        effects.write(next, process, advance.effects(), actor, now, before, after);
        return startedChildren(advance) ? settle(cases.current(next), process, depth) : cases.current(next);
    }

    /**
     * An officer moves a case of a flexible process to a stage, leaving the step it waits at (its task is cancelled,
     * a timer or request left over is ignored by its token) for the stage's first step. A restricted process runs
     * its stages in order and refuses.
     */
    @Transactional
    public CaseRow moveToStage(CaseId id, String stage, String reason, String actor) {
        var row = cases.lock(id).orElseThrow(() -> new CaseNotFound(id.toString()));
        if (!row.status().isActive()) {
            throw new CaseConflict(
                    "Case " + row.reference() + " is " + row.status().value() + "; it cannot be moved");
        }
        var process = definitions.published(row.processVersion()).definition();
        if (!process.flexible()) {
            throw new MoveRefused(
                    "stage",
                    "Case " + row.reference() + " follows a restricted process, whose stages run in order: it moves"
                            + " on as its steps are completed");
        }
        if (stage == null
                || process.stage(stage).isEmpty()
                || process.entryOf(stage).isEmpty()) {
            throw new MoveRefused("stage", "Choose a stage of the process to move the case to");
        }
        if (reason == null || reason.isBlank()) {
            throw new MoveRefused("reason", "Enter why the case is moving to another stage");
        }
        return advance(
                row,
                process,
                actor,
                true,
                (position, now) -> interpreter.moveToStage(process, position, stage, reason.strip(), actor, now));
    }

    /**
     * A case ended: if another case started it, the parent takes the end in, under its own lock, in the child's
     * transaction (the child's lock first, then the parent's; see {@link SubProcesses}). Two children ending at once
     * queue on the parent's lock, so the second sees the first's end and exactly one of them completes the step.
     */
    @Transactional
    public void childEnded(CaseId childId) {
        var parentId = childEnds.ended(childId);
        if (parentId.isEmpty()) return;
        var parent = cases.lock(parentId.get()).orElse(null);
        if (parent == null) return;
        settle(parent, definitions.published(parent.processVersion()).definition(), 0);
    }

    private static boolean startedChildren(Advance advance) {
        return advance.effects().stream().anyMatch(e -> e instanceof Effect.ChildrenNeeded);
    }

    /** More rounds of children ending as soon as they start than any real process has: beyond it, it loops. */
    private static final int MAX_CHILD_ROUNDS = 50;

    /**
     * Takes in the children that have ended ({@link ChildEnds#settle}) and, when the last one the parent waits for at
     * its sub-process step has ended, completes the step by {@code system} with their returns and outcomes. The
     * parent's lock is held.
     */
    private CaseRow settle(CaseRow parent, ProcessDefinition process, int depth) {
        if (depth > MAX_CHILD_ROUNDS) {
            throw new org.casework.engine.ProcessStuck("Process '" + process.key() + "' started children that ended"
                    + " at once " + MAX_CHILD_ROUNDS + " times in one command; it loops at step '" + parent.step()
                    + "'");
        }
        var settled = childEnds.settle(parent, process);
        if (settled.completion() == null) return settled.parent();
        var data = settled.completion();
        return advance(
                settled.parent(),
                process,
                SYSTEM,
                true,
                (position, at) -> interpreter.complete(process, position, data, SYSTEM, at),
                depth + 1);
    }

    /**
     * The SLA clock after a move: stopped when the case has arrived at an information request (if its process says
     * so), started again when the case has ended while it was stopped. Adds the timeline entry to {@code after}.
     */
    private CaseRow keepSlaInStep(
            CaseRow row, ProcessDefinition process, Advance advance, Instant now, List<TimelineRows.NewEvent> after) {
        Optional<SlaClock.Change> change = Optional.empty();
        if (row.position().closed()) {
            change = sla.resume(row, SYSTEM, now);
        } else if (process.step(row.step()).orElse(null) instanceof Step.InformationRequest request
                && advance.effects().stream().anyMatch(e -> e instanceof Effect.InformationRequested)) {
            var name = request.name() == null ? request.key() : request.name();
            change = sla.pause(row, process, "Waiting for the citizen: " + name, SYSTEM, now);
        }
        if (change.isEmpty()) return row;
        after.add(change.get().entry());
        return change.get().row();
    }

    private static void requireWaitingAt(CaseRow row, String stepKey, int token) {
        if (!row.status().isActive()) {
            throw new CaseConflict(
                    "Case " + row.reference() + " is " + row.status().value() + "; nothing is left to do");
        }
        if (!stepKey.equals(row.step()) || token != row.token()) {
            throw new CaseConflict("Case " + row.reference() + " has moved on from step '" + stepKey
                    + "'; it is now at step '" + row.step() + "'");
        }
    }

    /**
     * The answer to the process's first postcode or address question (an address's postcode), which is where the case
     * is for searches.
     */
    private static String postcodeOf(ProcessDefinition process, Map<String, Object> data) {
        for (var field : process.fields()) {
            var value = data.get(field.key());
            if (value == null) continue;
            if (field.type() == FieldType.POSTCODE) return String.valueOf(value);
            if (field.type() == FieldType.ADDRESS) {
                var postcode = Address.from(value).map(Address::postcode);
                if (postcode.isPresent()) return postcode.get();
            }
        }
        return null;
    }

    private static CaseStatus statusAfter(Advance advance, ProcessDefinition process) {
        var position = advance.position();
        if (position.closed()) return CaseStatus.CLOSED;
        // Open while a person has work to do; waiting on a timer or the citizen.
        return switch (process.step(position.step()).orElseThrow()) {
            case Step.Timer timer -> CaseStatus.WAITING;
            case Step.InformationRequest request -> CaseStatus.WAITING;
            case Step.Api api -> CaseStatus.WAITING;
            case Step.SubProcess sub -> CaseStatus.WAITING;
            default -> CaseStatus.OPEN;
        };
    }

    private static String closingOutcome(Advance advance) {
        return advance.effects().stream()
                .filter(e -> e instanceof Effect.CaseClosed)
                .map(e -> ((Effect.CaseClosed) e).outcome())
                .findFirst()
                .orElse(null);
    }

    /** Appends an event from another module (work: task claimed, released, reassigned) to the timeline. */
    public void record(CaseId id, String type, String actor, String step, Map<String, Object> detail) {
        effects.record(new TimelineRows.NewEvent(id, clock.instant(), type, actor, step, detail));
    }
}
