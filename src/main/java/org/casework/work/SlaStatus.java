package org.casework.work;

import java.time.LocalDate;
import org.casework.engine.WorkingCalendar;

/** Whether a piece of work will meet its due date, as the tag beside it says. */
public enum SlaStatus {
    ON_TRACK("On track", "govuk-tag--green"),
    DUE_SOON("Due soon", "govuk-tag--yellow"),
    OVERDUE("Overdue", "govuk-tag--red");

    /** Work due within this many working days (today counting as the first) is due soon. */
    public static final int DUE_SOON_WORKING_DAYS = 2;

    private final String label;
    private final String tagClass;

    SlaStatus(String label, String tagClass) {
        this.label = label;
        this.tagClass = tagClass;
    }

    public static SlaStatus of(LocalDate dueOn, LocalDate today, WorkingCalendar calendar) {
        if (dueOn == null) return ON_TRACK;
        if (dueOn.isBefore(today)) return OVERDUE;
        var soon = calendar.addWorkingDays(today, DUE_SOON_WORKING_DAYS - 1);
        return dueOn.isAfter(soon) ? ON_TRACK : DUE_SOON;
    }

    public String label() {
        return label;
    }

    /** The GOV.UK tag colour for the status. */
    public String tagClass() {
        return tagClass;
    }
}
