package org.casework.definition;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The case's service level: it is due this many working days after it starts. With {@code
 * pauseWhileWaitingOnCitizen} the clock stops while the case waits for the citizen to reply to an information
 * request, and the case's dates move out by the working days it waited.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Sla(int targetWorkingDays, Boolean pauseWhileWaitingOnCitizen) {

    /** A service level whose clock never pauses. */
    public Sla(int targetWorkingDays) {
        this(targetWorkingDays, null);
    }

    /** Whether the clock stops while the case waits on the citizen; absent means it does not. */
    public boolean pausesForCitizen() {
        return Boolean.TRUE.equals(pauseWhileWaitingOnCitizen);
    }
}
