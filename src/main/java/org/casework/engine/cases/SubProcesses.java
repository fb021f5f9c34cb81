package org.casework.engine.cases;

import java.util.LinkedHashMap;
import org.casework.engine.CaseEnded;
import org.casework.engine.ChildCase;
import org.casework.engine.IdempotencyKeyReused;
import org.casework.engine.StartCase;
import org.casework.engine.TimelineEntry;
import org.casework.platform.Secrets;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Carries out sub-process steps: starts each listed process as a child of the case, in the move's transaction, and
 * hands the end of every child back to the engine ({@link CaseEngine#childEnded}) in the child's ending transaction.
 *
 * <p>Lock order: a child's end holds the child's row and then takes its parent's; the engine never takes a child's
 * lock while holding its parent's (it only inserts children, rows nobody else can see until it commits), so the two
 * cannot wait on each other.
 */
@Component
class SubProcesses {

    private final IdempotentStart starts;
    private final ChildCaseRows children;
    private final EffectWriter effects;
    private final CaseEngine engine;

    SubProcesses(IdempotentStart starts, ChildCaseRows children, EffectWriter effects, CaseEngine engine) {
        this.starts = starts;
        this.children = children;
        this.effects = effects;
        this.engine = engine;
    }

    @EventListener
    void on(ChildrenDue due) {
        var parent = due.parent();
        var step = due.step();
        for (int i = 0; i < step.processes().size(); i++) {
            var entry = step.processes().get(i);
            var data = new LinkedHashMap<String, Object>();
            entry.fields().forEach((childField, parentField) -> {
                var value = parent.data().get(parentField);
                if (value != null) data.put(childField, value);
            });
            // Hashed, so the key fits its column; the visit and the entry make it one child per entry per visit.
            var key = "sub-process:" + Secrets.sha256(parent.id() + ":" + step.key() + "@" + due.token() + ":" + i);
            var command = new StartCase(entry.process(), data, parent.citizen(), due.actor(), key);
            try {
                if (starts.startedBefore(command).isPresent()) continue;
            } catch (IdempotencyKeyReused changedSince) {
                continue;
            }
            var child = starts.start(command);
            // A child that ran straight to its end is recorded as ended, for the engine to take in once the parent's
            // move is written; its own end could not be reported, since this row did not exist yet.
            var ended = !child.status().isActive();
            children.insert(new ChildCaseRows.Link(
                    new ChildCase(
                            parent.id(),
                            child.id(),
                            child.reference(),
                            entry.process(),
                            step.key(),
                            step.waitsForChildren(),
                            child.createdAt(),
                            ended ? child.closedAt() : null,
                            ended ? ChildEnds.outcomeOf(child) : null),
                    due.token(),
                    i,
                    false));
            effects.record(EffectWriter.event(
                    parent,
                    child.createdAt(),
                    "child-started",
                    due.actor(),
                    step.key(),
                    TimelineEntry.details(
                            "process",
                            entry.process(),
                            "reference",
                            child.reference(),
                            "case",
                            child.id().toString())));
        }
    }

    @EventListener
    void on(CaseEnded ended) {
        engine.childEnded(ended.caseId());
    }
}
