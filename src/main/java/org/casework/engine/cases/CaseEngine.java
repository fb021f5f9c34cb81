package org.casework.engine.cases;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.casework.definition.CaseDataValidation;
import org.casework.definition.Definitions;
import org.casework.definition.FieldDefinition;
import org.casework.definition.FieldType;
import org.casework.definition.ProcessDefinition;
import org.casework.definition.Step;
import org.casework.engine.CaseConflict;
import org.casework.engine.CaseId;
import org.casework.engine.CaseNotFound;
import org.casework.engine.CaseStatus;
import org.casework.engine.InvalidCaseData;
import org.casework.engine.StartCase;
import org.casework.engine.TimelineEntry;
import org.casework.engine.interpreter.Advance;
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

    private final Definitions definitions;
    private final CaseDataValidation dataValidation;
    private final Interpreter interpreter;
    private final CaseRows cases;
    private final CaseFieldRows caseFields;
    private final EffectWriter effects;
    private final Clock clock;

    CaseEngine(
            Definitions definitions,
            CaseDataValidation dataValidation,
            Interpreter interpreter,
            CaseRows cases,
            CaseFieldRows caseFields,
            EffectWriter effects,
            Clock clock) {
        this.definitions = definitions;
        this.dataValidation = dataValidation;
        this.interpreter = interpreter;
        this.cases = cases;
        this.caseFields = caseFields;
        this.effects = effects;
        this.clock = clock;
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
                CaseId.random(),
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
                postcodeOf(process, data));
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
        effects.write(row, process, advance.effects(), command.actor(), now, started);
        return row;
    }

    /**
     * Completes the step the case waits at, if it still waits there ({@code token} names the visit), with the data
     * the officer entered; the step's mandatory fields must then be filled.
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
        }
        return advance(row, process, normalised, actor);
    }

    /** A timer fell due. A timer for an earlier visit, or for a case that ended, is ignored: retries are safe. */
    @Transactional
    public void timerDue(CaseId id, int token) {
        var row = cases.lock(id).orElse(null);
        if (row == null || !row.status().isActive() || row.token() != token) return;
        var process = definitions.published(row.processVersion()).definition();
        if (!(process.step(row.step()).orElse(null) instanceof Step.Timer)) return;
        advance(row, process, Map.of(), "system");
    }

    private CaseRow advance(CaseRow row, ProcessDefinition process, Map<String, Object> data, String actor) {
        var now = clock.instant();
        var advance = interpreter.complete(process, row.position(), data, actor, now);
        var position = advance.position();
        var next = row.movedTo(
                position, statusAfter(advance, process), closingOutcome(advance), position.closed() ? now : null);
        cases.update(next);
        caseFields.write(next.id(), process, row.data(), next.data());
        effects.write(next, process, advance.effects(), actor, now);
        return next;
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

    /** The answer to the process's first postcode question, which is where the case is for searches. */
    private static String postcodeOf(ProcessDefinition process, Map<String, Object> data) {
        return process.fields().stream()
                .filter(f -> f.type() == FieldType.POSTCODE && data.get(f.key()) != null)
                .map(f -> String.valueOf(data.get(f.key())))
                .findFirst()
                .orElse(null);
    }

    private static CaseStatus statusAfter(Advance advance, ProcessDefinition process) {
        var position = advance.position();
        if (position.closed()) return CaseStatus.CLOSED;
        return process.step(position.step()).orElseThrow() instanceof Step.Timer ? CaseStatus.WAITING : CaseStatus.OPEN;
    }

    private static String closingOutcome(Advance advance) {
        return advance.effects().stream()
                .filter(e -> e instanceof org.casework.engine.interpreter.Effect.CaseClosed)
                .map(e -> ((org.casework.engine.interpreter.Effect.CaseClosed) e).outcome())
                .findFirst()
                .orElse(null);
    }

    /** Appends an event from another module (work: task claimed, released, reassigned) to the timeline. */
    public void record(CaseId id, String type, String actor, String step, Map<String, Object> detail) {
        effects.record(new TimelineRows.NewEvent(id, clock.instant(), type, actor, step, detail));
    }
}
