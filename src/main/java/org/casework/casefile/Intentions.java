package org.casework.casefile;

import static org.casework.engine.TimelineEntry.details;

import java.time.Clock;
import java.util.List;
import org.casework.casefile.intentions.IntentionRows;
import org.casework.engine.CaseId;
import org.casework.engine.Cases;
import org.casework.identity.Staff;
import org.casework.identity.StaffPrincipal;
import org.casework.platform.CouncilTime;
import org.casework.registry.LookupList;
import org.casework.registry.LookupLists;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Follow-ups promised on a case (call back, visit, review), each with an owner who sees it on My tasks until it is
 * done or cancelled. Only someone who may see the case reads or changes them, and only such a person may own one.
 */
@Service
public class Intentions {

    private final CaseFileAccess access;
    private final IntentionRows rows;
    private final LookupLists lookups;
    private final Staff staff;
    private final Cases cases;
    private final Clock clock;

    Intentions(CaseFileAccess access, IntentionRows rows, LookupLists lookups, Staff staff, Cases cases, Clock clock) {
        this.access = access;
        this.rows = rows;
        this.lookups = lookups;
        this.staff = staff;
        this.cases = cases;
        this.clock = clock;
    }

    /** The case's follow-ups, open ones first, soonest due first. */
    public List<Intention> of(CaseId caseId, StaffPrincipal viewer) {
        access.open(caseId, viewer);
        return rows.of(caseId);
    }

    /** Records a follow-up and notes on the timeline that one was (its type, due date and owner). */
    @Transactional
    public Intention add(CaseId caseId, NewIntention intention, StaffPrincipal by) {
        var opened = access.openToChange(caseId, by);
        var checks = new Checks();
        var type = checks.lookup(
                lookups, "type", LookupList.INTENTION_TYPES, intention.type(), opened.department(), "a follow-up type");
        var description = checks.text("description", intention.description(), true, "Say what is to be done");
        if (intention.dueOn() == null) {
            checks.problem("dueOn", "Enter the day it is due");
        } else if (intention.dueOn().isBefore(CouncilTime.dayOf(clock.instant()))) {
            checks.problem("dueOn", "The day it is due must be today or in the future");
        }
        var owner = intention.owner() == null || intention.owner().isBlank()
                ? null
                : intention.owner().strip();
        if (owner == null) {
            checks.problem("owner", "Choose who will do it");
        } else {
            var someone = staff.principal(owner);
            if (someone.isEmpty()) {
                checks.problem("owner", "No staff member has the username " + owner);
            } else if (!access.maySee(opened.view(), someone.get())) {
                checks.problem("owner", someone.get().displayName() + " cannot see this case: choose someone who can");
            }
        }
        checks.refuseIfAny();
        var id = IntentionId.random();
        rows.insert(new IntentionRows.NewRow(
                id,
                caseId,
                opened.view().reference(),
                opened.department(),
                type,
                description,
                intention.dueOn(),
                owner,
                by.username(),
                clock.instant()));
        cases.record(
                caseId,
                "intention-recorded",
                by.username(),
                null,
                details("type", type, "dueOn", intention.dueOn().toString(), "owner", owner));
        return rows.find(caseId, id).orElseThrow();
    }

    /** Marks the follow-up done; refused as a conflict once it is done or cancelled. */
    @Transactional
    public Intention done(CaseId caseId, IntentionId id, StaffPrincipal by) {
        return close(caseId, id, IntentionState.DONE, by);
    }

    /** Cancels the follow-up; refused as a conflict once it is done or cancelled. */
    @Transactional
    public Intention cancel(CaseId caseId, IntentionId id, StaffPrincipal by) {
        return close(caseId, id, IntentionState.CANCELLED, by);
    }

    private Intention close(CaseId caseId, IntentionId id, IntentionState next, StaffPrincipal by) {
        access.openToChange(caseId, by);
        var intention = rows.find(caseId, id).orElseThrow(() -> new CaseRecordNotFound("follow-up", id));
        if (!intention.state().canMoveTo(next)) {
            throw CaseFileRefused.moved(
                    "state", "This follow-up is already " + intention.state().value());
        }
        rows.close(caseId, id, next, by.username(), clock.instant());
        cases.record(
                caseId,
                next == IntentionState.DONE ? "intention-done" : "intention-cancelled",
                by.username(),
                null,
                details("type", intention.type(), "owner", intention.owner()));
        return rows.find(caseId, id).orElseThrow();
    }
}
