package org.casework.engine.cases;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.casework.definition.Definitions;
import org.casework.definition.ProcessVersion;
import org.casework.definition.Step;
import org.casework.engine.CaseId;
import org.casework.engine.CaseMigrated;
import org.casework.engine.CaseMove;
import org.casework.engine.CaseNotFound;
import org.casework.engine.CaseStatus;
import org.casework.engine.TimelineEntry;
import org.casework.engine.interpreter.Interpreter;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moves one case to another version of its process. A case whose step is in the new version, of the same kind, stays
 * there with the same token, so its open task, timer or information request simply goes on; a case mapped to another
 * step enters it afresh (a new token), its old work cancelled through {@link CaseMigrated} and the new work made as
 * on any arrival. Only steps where a case waits can take it, and a case waiting for the citizen's reply keeps its
 * step, since the request the citizen holds names it.
 */
@Service
public class VersionMigration {

    private final Definitions definitions;
    private final Interpreter interpreter;
    private final CaseRows cases;
    private final CaseFieldRows caseFields;
    private final EffectWriter effects;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    VersionMigration(
            Definitions definitions,
            Interpreter interpreter,
            CaseRows cases,
            CaseFieldRows caseFields,
            EffectWriter effects,
            ApplicationEventPublisher events,
            Clock clock) {
        this.definitions = definitions;
        this.interpreter = interpreter;
        this.cases = cases;
        this.caseFields = caseFields;
        this.effects = effects;
        this.events = events;
        this.clock = clock;
    }

    /** Whether the case could move to {@code target}, where it would wait, and why (not). Changes nothing. */
    public CaseMove assess(CaseRow row, ProcessVersion target, Map<String, String> steps) {
        var from = definitions.published(row.processVersion());
        var refuse = new Refusal(row, from.version());
        var version = "version " + target.version();
        if (!row.status().isActive()) return refuse.because("The case has ended");
        if (row.processVersion().equals(target.id())) return refuse.because("The case is already on " + version);
        if (from.version() > target.version())
            return refuse.because("The case is on version " + from.version() + ", newer than " + version);
        var mapped = steps.get(row.step());
        var mapping = mapped != null && !mapped.isBlank();
        var toKey = mapping ? mapped : row.step();
        var newStep = target.definition().step(toKey).orElse(null);
        if (newStep == null) {
            return refuse.because(
                    mapping
                            ? "Step '" + toKey + "' is not in " + version
                            : "Step '" + row.step() + "' is not in " + version
                                    + ": choose the step where its cases should wait instead");
        }
        var oldStep = from.definition().step(row.step()).orElse(null);
        var reenters = !toKey.equals(row.step()) || oldStep == null || oldStep.getClass() != newStep.getClass();
        if (reenters) {
            if (oldStep instanceof Step.InformationRequest) {
                return refuse.because("The case waits for the citizen's reply at '" + row.step()
                        + "', which names that step: it can only stay there");
            }
            if (!mapping) {
                return refuse.because("Step '" + row.step() + "' is a different kind of step in " + version
                        + ": choose the step where its cases should wait instead");
            }
            if (!newStep.waits() || newStep instanceof Step.InformationRequest) {
                return refuse.because("Step '" + toKey + "' is not a step where a case waits for staff or time:"
                        + " choose a task or timer step");
            }
        }
        var stageAfter = reenters && newStep.stage() != null ? newStep.stage() : row.stage();
        if (stageAfter != null && target.definition().stage(stageAfter).isEmpty()) {
            return refuse.because("The case is in stage '" + stageAfter + "', which " + version
                    + " does not have: map its step to one in a stage of the new version");
        }
        var reason = reenters
                ? "Moves to step '" + toKey + "', whose work starts afresh"
                : "Stays at step '" + toKey + "'; its work goes on";
        return new CaseMove(row.id(), row.reference(), from.version(), row.step(), toKey, reenters, true, reason);
    }

    /** A case that cannot move, and why. */
    private record Refusal(CaseRow row, int fromVersion) {
        CaseMove because(String reason) {
            return new CaseMove(row.id(), row.reference(), fromVersion, row.step(), null, false, false, reason);
        }
    }

    /**
     * Moves the case if it still can, under its lock: the version, the step if mapped, a {@code migrated} entry on
     * its timeline. Returns what happened; a case that cannot move is left as it was.
     */
    @Transactional
    public CaseMove move(CaseId id, ProcessVersion target, Map<String, String> steps, String actor) {
        var row = cases.lock(id).orElseThrow(() -> new CaseNotFound(id.toString()));
        var move = assess(row, target, steps);
        if (!move.possible()) return move;
        var now = clock.instant();
        var migrated = EffectWriter.event(
                row,
                now,
                "migrated",
                actor,
                move.toStep(),
                TimelineEntry.details(
                        "fromVersion",
                        move.fromVersion(),
                        "toVersion",
                        target.version(),
                        "fromStep",
                        row.step(),
                        "toStep",
                        move.toStep()));
        events.publishEvent(new CaseMigrated(
                row.id(), move.fromVersion(), target.version(), row.step(), move.toStep(), move.stepChanges()));
        var onNewVersion = row.onVersion(target.id());
        if (!move.stepChanges()) {
            cases.moveToVersion(onNewVersion);
            effects.record(migrated);
            return move;
        }
        var process = target.definition();
        var advance = interpreter.enter(process, onNewVersion.position(), move.toStep(), actor, now);
        var position = advance.position();
        var status = process.step(position.step()).orElseThrow() instanceof Step.Timer
                ? CaseStatus.WAITING
                : CaseStatus.OPEN;
        var next = onNewVersion.movedTo(position, status, null, null);
        cases.moveToVersion(next);
        caseFields.write(next.id(), process, row.data(), next.data());
        effects.write(next, process, advance.effects(), actor, now, List.of(migrated), List.of());
        return move;
    }
}
