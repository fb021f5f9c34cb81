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

    ChildCases(IdempotentStart starts, CaseRows cases, EffectWriter effects) {
        this.starts = starts;
        this.cases = cases;
        this.effects = effects;
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
    }
}
