package org.casework.casefile;

import java.util.List;
import org.casework.engine.CaseView;

/**
 * Everything the case file holds on one case, with the department whose lookup values it is offered (null: every
 * department's).
 */
public record CaseFile(
        CaseView kase,
        String department,
        List<Demand> demands,
        List<Activity> activities,
        List<Intention> intentions,
        List<SystemCondition> systemConditions) {

    /** The time recorded on the case, in minutes. */
    public int totalMinutes() {
        return activities.stream().mapToInt(Activity::minutes).sum();
    }
}
