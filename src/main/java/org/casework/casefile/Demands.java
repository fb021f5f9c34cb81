package org.casework.casefile;

import static org.casework.engine.TimelineEntry.details;

import java.time.Clock;
import java.util.List;
import org.casework.casefile.demands.DemandRows;
import org.casework.engine.CaseId;
import org.casework.engine.Cases;
import org.casework.identity.StaffPrincipal;
import org.casework.registry.LookupList;
import org.casework.registry.LookupLists;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demands on a case: the problems it is to address, each of a type and category from the lookup lists of the
 * case's department, open until resolved. Only someone who may see the case reads or changes them.
 */
@Service
public class Demands {

    private final CaseFileAccess access;
    private final DemandRows rows;
    private final LookupLists lookups;
    private final Cases cases;
    private final Clock clock;

    Demands(CaseFileAccess access, DemandRows rows, LookupLists lookups, Cases cases, Clock clock) {
        this.access = access;
        this.rows = rows;
        this.lookups = lookups;
        this.cases = cases;
        this.clock = clock;
    }

    /** The case's demands, open ones first. */
    public List<Demand> of(CaseId caseId, StaffPrincipal viewer) {
        access.open(caseId, viewer);
        return rows.of(caseId);
    }

    /** Records a demand and notes on the timeline that one was (its type and category, not the description). */
    @Transactional
    public Demand add(CaseId caseId, NewDemand demand, StaffPrincipal by) {
        var opened = access.openToChange(caseId, by);
        var checks = new Checks();
        var type = checks.lookup(
                lookups, "type", LookupList.DEMAND_TYPES, demand.type(), opened.department(), "a demand type");
        var category = checks.lookup(
                lookups,
                "category",
                LookupList.DEMAND_CATEGORIES,
                demand.category(),
                opened.department(),
                "a demand category");
        var description = checks.text("description", demand.description(), true, "Describe the demand");
        checks.refuseIfAny();
        var id = DemandId.random();
        rows.insert(new DemandRows.NewRow(
                id,
                caseId,
                opened.view().reference(),
                opened.department(),
                type,
                category,
                description,
                by.username(),
                clock.instant()));
        cases.record(caseId, "demand-recorded", by.username(), null, details("type", type, "category", category));
        return rows.find(caseId, id).orElseThrow();
    }

    /** Marks the demand resolved; refused as a conflict when it already is. */
    @Transactional
    public Demand resolve(CaseId caseId, DemandId id, StaffPrincipal by) {
        access.openToChange(caseId, by);
        var demand = rows.find(caseId, id).orElseThrow(() -> new CaseRecordNotFound("demand", id));
        if (demand.resolved()) throw CaseFileRefused.moved("resolved", "This demand is already resolved");
        rows.resolve(caseId, id, by.username(), clock.instant());
        cases.record(caseId, "demand-resolved", by.username(), null, details("type", demand.type()));
        return rows.find(caseId, id).orElseThrow();
    }
}
