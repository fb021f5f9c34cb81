package org.casework.identity;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A citizen's portal account: who they are, how to reach them and how they want to hear from the council. {@code
 * version} detects two edits of the profile crossing (two tabs, two devices).
 */
public record CitizenAccount(
        UUID id,
        String email,
        String givenName,
        String familyName,
        LocalDate dateOfBirth,
        String mobile,
        CitizenAddress address,
        NotifyBy notifyBy,
        boolean twoFactor,
        long version) {

    public String fullName() {
        return givenName + " " + familyName;
    }
}
