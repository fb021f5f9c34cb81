package org.casework.registry;

import java.time.LocalDate;

/** A person as a list of search results or likely duplicates shows them. */
public record PersonSummary(
        PersonId id, String givenNames, String familyName, LocalDate dateOfBirth, String currentAddress) {

    public String name() {
        return givenNames + " " + familyName;
    }
}
