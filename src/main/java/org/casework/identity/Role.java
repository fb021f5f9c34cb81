package org.casework.identity;

import static org.casework.identity.Permission.ABANDON_CASES;
import static org.casework.identity.Permission.ADMINISTER;
import static org.casework.identity.Permission.SUPERVISE;

import java.util.Map;
import java.util.Set;

/** A staff member's standing, which decides their {@link Permission permissions}. */
public enum Role {
    OFFICER,
    TEAM_LEAD,
    ADMIN;

    /** Every role's permissions in one table, so the rule can be read (and rendered into the docs) at a glance. */
    public static final Map<Role, Set<Permission>> PERMISSIONS = Map.of(
            OFFICER, Set.of(),
            TEAM_LEAD, Set.of(ABANDON_CASES, SUPERVISE),
            ADMIN, Set.of(ABANDON_CASES, SUPERVISE, ADMINISTER));

    public Set<Permission> permissions() {
        return PERMISSIONS.get(this);
    }

    /** The Spring Security authority for this role, so {@code hasRole('TEAM_LEAD')} works. */
    public String authority() {
        return "ROLE_" + name();
    }
}
