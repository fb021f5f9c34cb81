package org.casework.identity;

import java.util.Arrays;

/** What an API key lets a system do; each scope is also the Spring Security authority endpoints check. */
public enum Scope {
    CASES_READ("cases:read"),
    CASES_WRITE("cases:write"),
    DEFINITIONS_ADMIN("definitions:admin");

    private final String value;

    Scope(String value) {
        this.value = value;
    }

    /** The scope as API keys carry it and {@code @PreAuthorize("hasAuthority('cases:write')")} names it. */
    public String authority() {
        return value;
    }

    /** The scope written as {@link #authority()} returns it. */
    public static Scope fromValue(String value) {
        return Arrays.stream(values())
                .filter(scope -> scope.value.equals(value))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No API scope called '" + value + "'"));
    }
}
