package org.casework.engine.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.casework.definition.ProcessDefinition;
import org.casework.definition.Sla;
import org.casework.engine.TimelineEntry;
import org.casework.engine.WorkingCalendar;
import org.casework.platform.CouncilTime;
import org.springframework.stereotype.Component;

/**
 * A case's service-level clock, for processes whose SLA pauses while the case waits on the citizen. Stopping it
 * remembers the day; starting it again moves the case's due date and its current stage's target date out by the
 * working days it stood still, so the estimated completion (projected from the stage's target) moves with them.
 * The days the SLA warning and breach are announced move out with them. Works on rows and leaves writing them to the
 * caller's command.
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
        var alerts = (row.slaAlerts() == null ? SlaAlerts.NONE : row.slaAlerts()).movedOut(calendar, days);
        var resumed = row.slaResumed(dueOn, stageDueOn, alerts);
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

    /**
     * The announcements of a case received {@code now} and due on {@code dueOn}. The breach is announced on the first
     * working day after the due date. The warning is announced once {@code sla.warningAfterWorkingDays()} working
     * days after the day of receipt have passed, on the next working day: received on a Monday with a 4-day target
     * (due Friday) and a warning after 3, it is announced on Friday morning, when Tuesday to Thursday have gone. Only a
     * process with an {@code sla} block is warned, and only if the warning would come before the breach.
     */
    SlaAlerts firstAlerts(ProcessDefinition process, Instant now, LocalDate dueOn) {
        var breachOn = calendar.nextWorkingDay(dueOn);
        if (process.sla() == null) return new SlaAlerts(null, breachOn);
        var warnedAfter =
                calendar.addWorkingDays(CouncilTime.dayOf(now), process.sla().warningAfterWorkingDays());
        var warningOn = calendar.nextWorkingDay(warnedAfter);
        return new SlaAlerts(warningOn.isBefore(breachOn) ? warningOn : null, breachOn);
    }

    /** The day the breach is announced again after being announced {@code today}. */
    LocalDate nextBreach(ProcessDefinition process, LocalDate today) {
        var every = process.sla() == null
                ? Sla.DEFAULT_BREACH_REPEAT_WORKING_DAYS
                : process.sla().breachRepeatEvery();
        return calendar.addWorkingDays(today, every);
    }

    boolean isWorkingDay(LocalDate day) {
        return calendar.isWorkingDay(day);
    }

    static boolean pausesForCitizen(ProcessDefinition process) {
        return process.sla() != null && process.sla().pausesForCitizen();
    }
}
