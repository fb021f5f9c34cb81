package org.casework.casefile;

import java.time.Clock;
import java.util.Optional;
import org.casework.casefile.places.CasePlaceRows;
import org.casework.engine.CaseId;
import org.casework.engine.Cases;
import org.casework.engine.TimelineEntry;
import org.casework.registry.Places;
import org.casework.registry.Uprn;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The place a case is about: an address from the council's gazetteer, by UPRN. Changes take the case's lock and go
 * on its timeline. Who may see the case is the caller's check.
 */
@Service
public class CasePlaces {

    private final CasePlaceRows rows;
    private final Places places;
    private final Cases cases;
    private final Clock clock;

    CasePlaces(CasePlaceRows rows, Places places, Cases cases, Clock clock) {
        this.rows = rows;
        this.places = places;
        this.cases = cases;
        this.clock = clock;
    }

    public Optional<Uprn> of(CaseId caseId) {
        return rows.of(caseId);
    }

    /** Puts the case at the place; refused for a UPRN the gazetteer does not hold, or one it has retired. */
    @Transactional
    public void set(CaseId caseId, Uprn uprn, String by) {
        var place = places.find(uprn)
                .orElseThrow(() -> refused("There is no address with UPRN " + uprn + " in the gazetteer"));
        if (place.isRetired()) {
            throw refused("That address is no longer in the gazetteer: choose a current one");
        }
        cases.lock(caseId);
        rows.set(caseId, uprn, by, clock.instant());
        cases.record(caseId, "place-set", by, null, TimelineEntry.details("uprn", uprn.value()));
    }

    private static CaseFileRefused refused(String reason) {
        return CaseFileRefused.invalid("uprn", reason);
    }

    @Transactional
    public void clear(CaseId caseId, String by) {
        cases.lock(caseId);
        if (rows.clear(caseId)) cases.record(caseId, "place-cleared", by, null, TimelineEntry.details());
    }
}
