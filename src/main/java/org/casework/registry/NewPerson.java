package org.casework.registry;

import java.util.List;

/**
 * A person to put on the register. Dates are written {@code yyyy-MM-dd} and checked with the rest, so an impossible
 * one is refused naming its field; contact details, references and the address are optional.
 */
public record NewPerson(
        String givenNames,
        String familyName,
        String dateOfBirth,
        List<NewContact> contacts,
        List<NewReference> references,
        NewAddress address) {

    public NewPerson {
        contacts = contacts == null ? List.of() : List.copyOf(contacts);
        references = references == null ? List.of() : List.copyOf(references);
    }

    /** Just the name and date of birth. */
    public NewPerson(String givenNames, String familyName, String dateOfBirth) {
        this(givenNames, familyName, dateOfBirth, List.of(), List.of(), null);
    }
}
