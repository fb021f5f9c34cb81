package org.casework.engine;

import java.util.List;

/**
 * A change-access step narrowed who may see and work the case: from now on members of {@code teams}, holders of
 * {@code roles} and administrators, and nobody else.
 */
public record CaseAccessChanged(CaseId caseId, List<String> teams, List<String> roles) {
    public CaseAccessChanged {
        teams = List.copyOf(teams);
        roles = List.copyOf(roles);
    }
}
