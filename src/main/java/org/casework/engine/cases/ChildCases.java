package org.casework.engine.cases;

import java.util.LinkedHashMap;
import org.casework.definition.Action;
import org.casework.engine.CaseActionDue;
import org.casework.engine.StartCase;
import org.casework.engine.TimelineEntry;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Carries out {@code start-process} actions: starts a case of another process for the same citizen, in the same
 * transaction as the event, with the fields the action copies. The idempotency key is the parent case and the
 * event's occurrence, so an event that is announced again starts no second case.
 */
@Component
class ChildCases {

    private final IdempotentStart starts;
    private final CaseRows cases;
    private final EffectWriter effects;
    private final ChildCaseRows children;

    ChildCases(IdempotentStart starts, CaseRows cases, EffectWriter effects, ChildCaseRows children) {
        this.starts = starts;
        this.cases = cases;
        this.effects = effects;
        this.children = children;
    }

    @EventListener
    void on(CaseActionDue due) {
        if (!(due.action() instanceof Action.StartProcess start)) return;
        var parent = cases.find(due.caseId()).orElseThrow();
        var data = new LinkedHashMap<String, Object>();
        start.fields().forEach((childField, parentField) -> {
            var value = due.data().get(parentField);
            if (value != null) data.put(childField, value);
        });
        // Hashed, so a long occurrence still fits the key column.
        var key = "action:"
                + org.casework.platform.Secrets.sha256(due.caseId() + ":" + due.occurrence() + ":" + start.process());
        var command = new StartCase(start.process(), data, parent.citizen(), due.actor(), key);
        // Announced again (a job run twice): the child exists and the parent's timeline already says so. Its data may
        // have changed since, which the idempotency check calls a reused key: it is still the same child.
        try {
            if (starts.startedBefore(command).isPresent()) return;
        } catch (org.casework.engine.IdempotencyKeyReused changedSince) {
            return;
        }
        var child = starts.start(command);
        effects.record(EffectWriter.event(
                parent,
                child.createdAt(),
                "process-started",
                due.actor(),
                due.target(),
                TimelineEntry.details("process", start.process(), "reference", child.reference())));
        // The child knows its parent. One that ran straight to its end is taken in here: its own end came before
        // this row existed. An action's child hands nothing back, so there is nothing else to take in.
        var ended = !child.status().isActive();
        children.insert(new ChildCaseRows.Link(
                new org.casework.engine.ChildCase(
                        parent.id(),
                        child.id(),
                        child.reference(),
                        start.process(),
                        due.target(),
                        false,
                        child.createdAt(),
                        ended ? child.closedAt() : null,
                        ended ? ChildEnds.outcomeOf(child) : null),
                null,
                null,
                ended));
        if (ended) {
            effects.record(EffectWriter.event(
                    parent,
                    child.closedAt(),
                    "child-ended",
                    "system",
                    due.target(),
                    TimelineEntry.details(
                            "process",
                            start.process(),
                            "reference",
                            child.reference(),
                            "case",
                            child.id().toString(),
                            "outcome",
                            ChildEnds.outcomeOf(child))));
        }
    }
}
