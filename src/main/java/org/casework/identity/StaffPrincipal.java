package org.casework.identity;

import java.io.Serializable;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The staff member a request acts for: controllers take it as a parameter. Scopes are those of the API key used, and
 * empty when no key is involved.
 */
public record StaffPrincipal(
        String username, String displayName, Set<String> teams, Set<String> leads, Set<Role> roles, Set<Scope> scopes)
        implements Serializable {

    public StaffPrincipal {
        teams = Set.copyOf(teams);
        leads = Set.copyOf(leads);
        roles = Set.copyOf(roles);
        scopes = Set.copyOf(scopes);
    }

    /** Someone who leads no team. */
    public StaffPrincipal(String username, String displayName, Set<String> teams, Set<Role> roles, Set<Scope> scopes) {
        this(username, displayName, teams, Set.of(), roles, scopes);
    }

    /** The same person acting through a key with these scopes. */
    public StaffPrincipal withScopes(Set<Scope> keyScopes) {
        return new StaffPrincipal(username, displayName, teams, leads, roles, keyScopes);
    }

    /**
     * Whether this person may oversee the team's work (see every task, release and reassign it): administrators for
     * every team, team leads for the teams they lead.
     */
    public boolean supervises(String team) {
        return can(Permission.ADMINISTER) || (can(Permission.SUPERVISE) && team != null && leads.contains(team));
    }

    public boolean can(Permission permission) {
        return roles.stream().anyMatch(role -> role.permissions().contains(permission));
    }

    public Set<Permission> permissions() {
        return roles.stream().flatMap(role -> role.permissions().stream()).collect(Collectors.toUnmodifiableSet());
    }

    public boolean isMemberOf(String team) {
        return teams.contains(team);
    }

    public boolean has(Scope scope) {
        return scopes.contains(scope);
    }
}
