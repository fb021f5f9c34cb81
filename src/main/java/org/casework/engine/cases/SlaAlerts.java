package org.casework.engine.cases;

import java.time.LocalDate;
import org.casework.engine.WorkingCalendar;

/**
 * When a case's next SLA announcements are due: {@code warningOn} the day the {@code sla-warning} actions run (null
 * when there is none to come), {@code breachOn} the day the {@code sla-breach} actions next run. Both are days in
 * council time; the SLA check announces each on the first of its working days on or after that day.
 */
public record SlaAlerts(LocalDate warningOn, LocalDate breachOn) {

    static final SlaAlerts NONE = new SlaAlerts(null, null);

    /** The same days moved out by the working days the SLA clock stood still. */
    SlaAlerts movedOut(WorkingCalendar calendar, int days) {
        if (days <= 0) return this;
        return new SlaAlerts(
                warningOn == null ? null : calendar.addWorkingDays(warningOn, days),
                breachOn == null ? null : calendar.addWorkingDays(breachOn, days));
    }

    SlaAlerts warned() {
        return new SlaAlerts(null, breachOn);
    }

    SlaAlerts nextBreachOn(LocalDate day) {
        return new SlaAlerts(warningOn, day);
    }
}
