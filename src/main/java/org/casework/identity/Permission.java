package org.casework.identity;

/** Something only some staff may do; staff get permissions through their {@link Role roles}. */
public enum Permission {
    /** Close a case without finishing its process. */
    ABANDON_CASES,
    /** See and reassign the work of the teams one leads. */
    SUPERVISE,
    /** Manage staff, teams, API keys and process definitions. */
    ADMINISTER;

    /** The Spring Security authority for this permission, as in {@code hasAuthority('PERMISSION_SUPERVISE')}. */
    public String authority() {
        return "PERMISSION_" + name();
    }
}
