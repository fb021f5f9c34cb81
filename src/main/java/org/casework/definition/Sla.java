package org.casework.definition;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The case's service level: it is due this many working days after it starts. With {@code
 * pauseWhileWaitingOnCitizen} the clock stops while the case waits for the citizen to reply to an information
 * request, and the case's dates move out by the working days it waited. {@code warnAt} is the share of the target
 * (0 to 1) after which the {@code sla-warning} actions run; {@code breachRepeatWorkingDays} how often the {@code
 * sla-breach} actions run again while the case stays overdue; {@code remindAfterWorkingDays} how long an open task
 * may stay untouched before the {@code task-untouched} actions run.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Sla(
        int targetWorkingDays,
        Boolean pauseWhileWaitingOnCitizen,
        Double warnAt,
        Integer breachRepeatWorkingDays,
        Integer remindAfterWorkingDays) {

    /** Without {@code warnAt}, warn when three quarters of the target has gone. */
    public static final double DEFAULT_WARN_AT = 0.75;

    /** Without {@code breachRepeatWorkingDays}, a breach is announced again each working week. */
    public static final int DEFAULT_BREACH_REPEAT_WORKING_DAYS = 5;

    /** A service level whose clock never pauses. */
    public Sla(int targetWorkingDays) {
        this(targetWorkingDays, null);
    }

    public Sla(int targetWorkingDays, Boolean pauseWhileWaitingOnCitizen) {
        this(targetWorkingDays, pauseWhileWaitingOnCitizen, null, null, null);
    }

    /** Whether the clock stops while the case waits on the citizen; absent means it does not. */
    public boolean pausesForCitizen() {
        return Boolean.TRUE.equals(pauseWhileWaitingOnCitizen);
    }

    /** How many working days after the start the warning is due: the share of the target, rounded up. */
    public int warningAfterWorkingDays() {
        var share = warnAt == null ? DEFAULT_WARN_AT : warnAt;
        return (int) Math.ceil(targetWorkingDays * share);
    }

    public int breachRepeatEvery() {
        return breachRepeatWorkingDays == null ? DEFAULT_BREACH_REPEAT_WORKING_DAYS : breachRepeatWorkingDays;
    }
}
