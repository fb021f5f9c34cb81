package org.casework.engine;

import java.util.Collection;
import java.util.List;

/** Who may see a case after a change-access step: members of these teams and holders of these roles. */
public record CaseRestriction(List<String> teams, List<String> roles) {
    public CaseRestriction {
        teams = List.copyOf(teams);
        roles = List.copyOf(roles);
    }

    /** Whether someone in these teams, with these roles, is let in. */
    public boolean admits(Collection<String> theirTeams, Collection<String> theirRoles) {
        return theirTeams.stream().anyMatch(teams::contains)
                || theirRoles.stream().anyMatch(roles::contains);
    }
}
