package org.casework.identity;

import java.time.LocalDate;

/** What a citizen may change about themselves (not their email address, which signs them in). */
public record CitizenProfile(
        String givenName,
        String familyName,
        LocalDate dateOfBirth,
        String mobile,
        CitizenAddress address,
        NotifyBy notifyBy,
        boolean twoFactor) {}
