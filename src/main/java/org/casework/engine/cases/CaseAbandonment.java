package org.casework.engine.cases;

import java.time.Clock;
import org.casework.definition.Action;
import org.casework.engine.CaseConflict;
import org.casework.engine.CaseEnded;
import org.casework.engine.CaseId;
import org.casework.engine.CaseNotFound;
import org.casework.engine.CaseStatus;
import org.casework.engine.TimelineEntry;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Ending a case early: a move outside the process graph, so it needs no interpreter. */
@Service
public class CaseAbandonment {

    private final CaseRows cases;
    private final AbandonReasons abandonReasons;
    private final EffectWriter effects;
    private final SlaClock sla;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final CaseEngine engine;

    CaseAbandonment(
            CaseEngine engine,
            CaseRows cases,
            AbandonReasons abandonReasons,
            EffectWriter effects,
            SlaClock sla,
            ApplicationEventPublisher events,
            Clock clock) {
        this.engine = engine;
        this.cases = cases;
        this.abandonReasons = abandonReasons;
        this.effects = effects;
        this.sla = sla;
        this.events = events;
        this.clock = clock;
    }

    /** Ends an open case early, for a reason from the administrators' list. */
    @Transactional
    public CaseRow abandon(CaseId id, String reason, String note, String actor) {
        var row = cases.lock(id).orElseThrow(() -> new CaseNotFound(id.toString()));
        if (!row.status().canMoveTo(CaseStatus.ABANDONED)) {
            throw new CaseConflict(
                    "Case " + row.reference() + " is " + row.status().value() + " and cannot be abandoned");
        }
        abandonReasons.require(reason);
        var now = clock.instant();
        // A clock stopped while the case waited on the citizen starts again as the case ends, so its dates count the
        // wait out as for any other case.
        var resumed = sla.resume(row, actor, now);
        resumed.ifPresent(change -> effects.record(change.entry()));
        var from = resumed.map(SlaClock.Change::row).orElse(row);
        var abandoned = from.movedTo(from.position(), CaseStatus.ABANDONED, reason, now);
        cases.update(abandoned);
        effects.record(EffectWriter.event(
                row, now, "case-abandoned", actor, row.step(), TimelineEntry.details("reason", reason, "note", note)));
        events.publishEvent(new CaseEnded(row.id(), CaseStatus.ABANDONED, actor));
        // The case-abandoned actions see the case as ended (read again: the update bumped its row version).
        var ended = cases.lock(id).orElseThrow();
        return engine.react(ended, Action.Event.CASE_ABANDONED, null, Action.Event.CASE_ABANDONED.key(), actor);
    }
}
