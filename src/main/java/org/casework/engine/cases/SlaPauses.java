package org.casework.engine.cases;

import java.time.Clock;
import org.casework.definition.Definitions;
import org.casework.engine.CaseId;
import org.casework.engine.CaseNotFound;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stopping and restarting a case's service-level clock on request, for a case that waits on the citizen outside an
 * information-request step (an officer asked them something). Each is one command under the case's lock, and does
 * nothing unless the case's process pauses while waiting on the citizen.
 */
@Service
public class SlaPauses {

    private final CaseRows cases;
    private final Definitions definitions;
    private final SlaClock sla;
    private final EffectWriter effects;
    private final Clock clock;

    SlaPauses(CaseRows cases, Definitions definitions, SlaClock sla, EffectWriter effects, Clock clock) {
        this.cases = cases;
        this.definitions = definitions;
        this.sla = sla;
        this.effects = effects;
        this.clock = clock;
    }

    /** Stops the clock; false when it was already stopped, the case has ended or its process does not pause. */
    @Transactional
    public boolean pause(CaseId id, String reason, String actor) {
        var row = cases.lock(id).orElseThrow(() -> new CaseNotFound(id.toString()));
        var process = definitions.published(row.processVersion()).definition();
        return sla.pause(row, process, reason, actor, clock.instant())
                .map(this::write)
                .orElse(false);
    }

    /** Starts the clock again and moves the case's dates out; false when it was running. */
    @Transactional
    public boolean resume(CaseId id, String actor) {
        var row = cases.lock(id).orElseThrow(() -> new CaseNotFound(id.toString()));
        var process = definitions.published(row.processVersion()).definition();
        if (!SlaClock.pausesForCitizen(process)) return false;
        return sla.resume(row, actor, clock.instant()).map(this::write).orElse(false);
    }

    private boolean write(SlaClock.Change change) {
        cases.update(change.row());
        effects.record(change.entry());
        return true;
    }
}
