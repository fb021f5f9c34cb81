package org.casework.casefile;

import java.time.Clock;
import java.util.List;
import org.casework.casefile.people.CasePeopleRows;
import org.casework.engine.CaseId;
import org.casework.engine.Cases;
import org.casework.engine.TimelineEntry;
import org.casework.registry.LookupList;
import org.casework.registry.LookupLists;
import org.casework.registry.People;
import org.casework.registry.PeopleMerged;
import org.casework.registry.PersonId;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The people a case is about, each in a role: the applicant, the subject, a representative. Changes take the case's
 * lock and go on its timeline (the role only: names stay in the registry). Who may see the case is the caller's
 * check, as for every case file record.
 */
@Service
public class CasePeople {

    private final CasePeopleRows rows;
    private final People people;
    private final LookupLists lookups;
    private final Cases cases;
    private final Clock clock;

    CasePeople(CasePeopleRows rows, People people, LookupLists lookups, Cases cases, Clock clock) {
        this.rows = rows;
        this.people = people;
        this.lookups = lookups;
        this.cases = cases;
        this.clock = clock;
    }

    /** The case's people, the main person first. */
    public List<CasePerson> of(CaseId caseId) {
        return rows.ofCase(caseId);
    }

    /**
     * Puts the person on the case in the role, as its main person if asked (the one before is main no more); the
     * first person on a case is its main person whatever is asked. Refused with the roles on offer for an unknown
     * role, and as a conflict if the person already has that role on the case.
     */
    @Transactional
    public CasePerson add(CaseId caseId, PersonId person, String role, boolean main, String by) {
        var value = lookups.require("role", LookupList.CASE_ROLES, role, null);
        var found = people.find(person)
                .orElseThrow(
                        () -> CaseFileRefused.invalid("person", "There is no person on the register with that id"));
        if (found.merged()) {
            throw CaseFileRefused.invalid(
                    "person",
                    "This record was merged into " + found.mergedInto() + ": put that person on the case instead");
        }
        cases.lock(caseId);
        var existing = rows.ofCase(caseId);
        var isMain = main || existing.isEmpty();
        if (isMain) rows.clearMain(caseId);
        var added = new CasePerson(caseId, person, value.code(), isMain, by, clock.instant());
        if (!rows.insert(added)) {
            throw CaseFileRefused.moved(
                    "role",
                    "This person is already on the case as " + value.label().toLowerCase());
        }
        cases.record(caseId, "person-added", by, null, TimelineEntry.details("role", value.code(), "main", isMain));
        return added;
    }

    /**
     * Two records of one human became one: the merged record's places on cases become the survivor's, in the merge's
     * own transaction, so no case is left pointing at a tombstone.
     */
    @EventListener
    void on(PeopleMerged merged) {
        rows.move(merged.merged(), merged.survivor());
    }

    /** Takes the person's role off the case; if they were its main person, the next one on it becomes main. */
    @Transactional
    public void remove(CaseId caseId, PersonId person, String role, String by) {
        cases.lock(caseId);
        if (!rows.delete(caseId, person, role)) {
            throw CaseFileRefused.absent("person", "This person is not on the case in that role");
        }
        var left = rows.ofCase(caseId);
        if (!left.isEmpty() && left.stream().noneMatch(CasePerson::main)) rows.makeMain(left.getFirst());
        cases.record(caseId, "person-removed", by, null, TimelineEntry.details("role", role));
    }
}
