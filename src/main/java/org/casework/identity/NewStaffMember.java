package org.casework.identity;

import java.util.Objects;
import java.util.Set;

/**
 * A staff member to add. The password may be null for staff who will only use API keys; {@code leadOf} names teams the
 * person leads, and makes them a member of those teams too.
 */
public record NewStaffMember(
        String username,
        String displayName,
        String email,
        String rawPassword,
        Set<Role> roles,
        Set<String> teams,
        Set<String> leadOf) {

    public NewStaffMember {
        if (username == null || username.isBlank()) throw new IllegalArgumentException("A username is required");
        if (displayName == null || displayName.isBlank())
            throw new IllegalArgumentException("A display name is required");
        roles = Set.copyOf(Objects.requireNonNullElse(roles, Set.of()));
        teams = Set.copyOf(Objects.requireNonNullElse(teams, Set.of()));
        leadOf = Set.copyOf(Objects.requireNonNullElse(leadOf, Set.of()));
    }
}
