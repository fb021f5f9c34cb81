package org.casework.casefile;

import static org.casework.engine.TimelineEntry.details;

import java.time.Clock;
import java.util.List;
import org.casework.casefile.conditions.SystemConditionRows;
import org.casework.engine.CaseId;
import org.casework.engine.Cases;
import org.casework.identity.StaffPrincipal;
import org.casework.registry.LookupList;
import org.casework.registry.LookupLists;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What got in the way of doing the job on a case (waiting on another team, a system down, no access), from the
 * system conditions of the case's department, so the council can see and remove its causes.
 */
@Service
public class SystemConditions {

    private final CaseFileAccess access;
    private final SystemConditionRows rows;
    private final LookupLists lookups;
    private final Cases cases;
    private final Clock clock;

    SystemConditions(CaseFileAccess access, SystemConditionRows rows, LookupLists lookups, Cases cases, Clock clock) {
        this.access = access;
        this.rows = rows;
        this.lookups = lookups;
        this.cases = cases;
        this.clock = clock;
    }

    /** The case's system conditions, oldest first. */
    public List<SystemCondition> of(CaseId caseId, StaffPrincipal viewer) {
        access.open(caseId, viewer);
        return rows.of(caseId);
    }

    /** Records a system condition and notes on the timeline that one was (which, not the note). */
    @Transactional
    public SystemCondition add(CaseId caseId, NewSystemCondition condition, StaffPrincipal by) {
        var opened = access.openToChange(caseId, by);
        var checks = new Checks();
        var code = checks.lookup(
                lookups,
                "condition",
                LookupList.SYSTEM_CONDITIONS,
                condition.condition(),
                opened.department(),
                "what got in the way");
        var note = checks.text("note", condition.note(), false, null);
        checks.refuseIfAny();
        var id = SystemConditionId.random();
        rows.insert(new SystemConditionRows.NewRow(
                id,
                caseId,
                opened.view().reference(),
                opened.department(),
                code,
                note,
                by.username(),
                clock.instant()));
        cases.record(caseId, "system-condition-recorded", by.username(), null, details("condition", code));
        return rows.of(caseId).stream()
                .filter(recorded -> recorded.id().equals(id))
                .findFirst()
                .orElseThrow();
    }
}
