package org.casework.casefile;

import static org.casework.engine.TimelineEntry.details;

import java.time.Clock;
import java.util.List;
import org.casework.casefile.activities.ActivityRows;
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
 * Time recorded on a case: what was done, in which task category of the case's department, by whom, on which day and
 * for how long. Only someone who may see the case reads or records it.
 */
@Service
public class Activities {

    /** A working day and then some; more is a typing slip, not an activity. */
    public static final int MAX_MINUTES = 24 * 60;

    private final CaseFileAccess access;
    private final ActivityRows rows;
    private final LookupLists lookups;
    private final Staff staff;
    private final Cases cases;
    private final Clock clock;

    Activities(CaseFileAccess access, ActivityRows rows, LookupLists lookups, Staff staff, Cases cases, Clock clock) {
        this.access = access;
        this.rows = rows;
        this.lookups = lookups;
        this.staff = staff;
        this.cases = cases;
        this.clock = clock;
    }

    /** The case's activities, most recent first. */
    public List<Activity> of(CaseId caseId, StaffPrincipal viewer) {
        access.open(caseId, viewer);
        return rows.of(caseId);
    }

    /** Records time spent and notes on the timeline that it was (category and minutes, not the description). */
    @Transactional
    public Activity add(CaseId caseId, NewActivity activity, StaffPrincipal by) {
        var opened = access.openToChange(caseId, by);
        var checks = new Checks();
        var category = checks.lookup(
                lookups,
                "taskCategory",
                LookupList.TASK_CATEGORIES,
                activity.taskCategory(),
                opened.department(),
                "a task category");
        var description = checks.text("description", activity.description(), true, "Say what was done");
        var minutes = activity.minutes();
        if (minutes == null) {
            checks.problem("minutes", "Enter the time spent in minutes");
        } else if (minutes < 1 || minutes > MAX_MINUTES) {
            checks.problem("minutes", "The time spent must be from 1 to " + MAX_MINUTES + " minutes");
        }
        var today = CouncilTime.dayOf(clock.instant());
        if (activity.doneOn() == null) {
            checks.problem("doneOn", "Enter the day it was done");
        } else if (activity.doneOn().isAfter(today)) {
            checks.problem("doneOn", "The day it was done must be today or in the past");
        }
        var doneBy = activity.doneBy() == null || activity.doneBy().isBlank()
                ? by.username()
                : activity.doneBy().strip();
        if (!staff.userExists(doneBy)) checks.problem("doneBy", "No staff member has the username " + doneBy);
        checks.refuseIfAny();
        var id = ActivityId.random();
        rows.insert(new ActivityRows.NewRow(
                id,
                caseId,
                opened.view().reference(),
                opened.department(),
                category,
                description,
                doneBy,
                minutes,
                activity.doneOn(),
                by.username(),
                clock.instant()));
        cases.record(
                caseId,
                "activity-recorded",
                by.username(),
                null,
                details("taskCategory", category, "minutes", minutes, "doneBy", doneBy));
        return rows.of(caseId).stream()
                .filter(recorded -> recorded.id().equals(id))
                .findFirst()
                .orElseThrow();
    }
}
