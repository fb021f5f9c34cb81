package org.casework.work;

import java.time.LocalDate;

/**
 * What a supervisor narrows their teams' open work to. A part left null (or false) narrows nothing: {@code step} is a
 * step key, {@code assignee} the officer holding the task, {@code unclaimedOnly} keeps the tasks nobody holds, and
 * {@code dueBefore} the work due before that day (today, for "overdue only").
 */
public record TeamWorkFilter(String step, String assignee, boolean unclaimedOnly, LocalDate dueBefore) {

    public static final TeamWorkFilter NONE = new TeamWorkFilter(null, null, false, null);

    public TeamWorkFilter {
        step = blankToNull(step);
        assignee = blankToNull(assignee);
        if (assignee != null && unclaimedOnly) {
            throw new IllegalArgumentException("Tasks held by " + assignee + " cannot also be unclaimed");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
