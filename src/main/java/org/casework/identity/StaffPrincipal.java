package org.casework.identity;

import java.io.Serializable;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The staff member a request acts for: controllers take it as a parameter. Scopes are those of the API key used, and
 * empty when no key is involved.
 */
public record StaffPrincipal(String username, String displayName, Set<String> teams, Set<Role> roles, Set<Scope> scopes)
        implements Serializable {

    public StaffPrincipal {
        teams = Set.copyOf(teams);
        roles = Set.copyOf(roles);
        scopes = Set.copyOf(scopes);
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
