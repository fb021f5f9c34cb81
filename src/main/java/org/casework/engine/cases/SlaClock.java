package org.casework.engine.cases;

import java.time.Instant;
import java.util.Optional;
import org.casework.definition.ProcessDefinition;
import org.casework.engine.TimelineEntry;
import org.casework.engine.WorkingCalendar;
import org.casework.platform.CouncilTime;
import org.springframework.stereotype.Component;

/**
 * A case's service-level clock, for processes whose SLA pauses while the case waits on the citizen. Stopping it
 * remembers the day; starting it again moves the case's due date and its current stage's target date out by the
 * working days it stood still, so the estimated completion (projected from the stage's target) moves with them.
 * Works on rows and leaves writing them to the caller's command.
 */
@Component
class SlaClock {

    private final WorkingCalendar calendar;

    SlaClock(WorkingCalendar calendar) {
        this.calendar = calendar;
    }

    /** The case and the timeline entry of one start or stop of its clock. */
    record Change(CaseRow row, TimelineRows.NewEvent entry) {}

    /**
     * Stops the clock today, if the case's process pauses for the citizen, the case is still going and its clock is
     * running; otherwise nothing changes.
     */
    Optional<Change> pause(CaseRow row, ProcessDefinition process, String reason, String actor, Instant now) {
        if (!pausesForCitizen(process) || !row.status().isActive() || row.slaPaused()) return Optional.empty();
        var paused = row.slaPaused(CouncilTime.dayOf(now));
        return Optional.of(new Change(
                paused,
                EffectWriter.event(
                        row, now, "sla-paused", actor, row.step(), TimelineEntry.details("reason", reason))));
    }

    /**
     * Starts the clock again if it stood still, moving the dates out by the working days after the day it stopped up
     * to and including today (none when it stopped today).
     */
    Optional<Change> resume(CaseRow row, String actor, Instant now) {
        if (!row.slaPaused()) return Optional.empty();
        var days = Math.max(0, calendar.workingDaysBetween(row.slaPausedSince(), CouncilTime.dayOf(now)));
        var dueOn = days == 0 ? row.dueOn() : calendar.addWorkingDays(row.dueOn(), days);
        var stageDueOn = days == 0 || row.stageDueOn() == null
                ? row.stageDueOn()
                : calendar.addWorkingDays(row.stageDueOn(), days);
        var resumed = row.slaResumed(dueOn, stageDueOn);
        return Optional.of(new Change(
                resumed,
                EffectWriter.event(
                        row,
                        now,
                        "sla-resumed",
                        actor,
                        row.step(),
                        TimelineEntry.details(
                                "pausedSince",
                                row.slaPausedSince().toString(),
                                "workingDaysAdded",
                                days,
                                "dueOn",
                                dueOn.toString()))));
    }

    static boolean pausesForCitizen(ProcessDefinition process) {
        return process.sla() != null && process.sla().pausesForCitizen();
    }
}
