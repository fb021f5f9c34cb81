package org.casework.registry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A person on the register as a page or another module reads them: names (and the names they used before), date of
 * birth, contact details, other systems' references, addresses over time, relationships seen from this person's side,
 * the linked citizen account, and — for a record merged into another — the survivor it points to. Labels are read
 * from the lookup lists, retired values too.
 */
public record Person(
        PersonId id,
        String givenNames,
        String familyName,
        LocalDate dateOfBirth,
        UUID citizenAccount,
        PersonId mergedInto,
        List<PreviousName> previousNames,
        List<ContactDetail> contacts,
        List<Reference> references,
        List<Address> addresses,
        List<Relationship> relationships,
        Instant createdAt,
        String createdBy) {

    /** The name as people say it: given names then family name. */
    public String name() {
        return givenNames + " " + familyName;
    }

    /** Whether this record was merged into another and is kept only as a pointer to it. */
    public boolean merged() {
        return mergedInto != null;
    }

    /** The address without an end date, if there is one. */
    public Optional<Address> currentAddress() {
        return addresses.stream().filter(Address::current).findFirst();
    }

    /** A name the person was known by, and the day they stopped using it (null if not known). */
    public record PreviousName(UUID id, String givenNames, String familyName, LocalDate changedOn) {
        public String name() {
            return givenNames + " " + familyName;
        }
    }

    /** An email address or phone number, with its contact type's code and label. */
    public record ContactDetail(UUID id, String type, String typeLabel, String value) {}

    /** Another system's reference for the person, with its reference type's code and label. */
    public record Reference(UUID id, String type, String typeLabel, String value) {}

    /**
     * Where the person lives or lived: a place on the places register (its UPRN, with its address on one line in
     * {@code line1}) or lines as typed; from and to dates when known. Without a to date it is the current address.
     */
    public record Address(
            UUID id,
            Long uprn,
            String line1,
            String line2,
            String town,
            String postcode,
            LocalDate from,
            LocalDate to) {

        public boolean current() {
            return to == null;
        }

        /** The address on one line, as lists show it. */
        public String singleLine() {
            return Stream.of(line1, line2, town, postcode)
                    .filter(part -> part != null && !part.isBlank())
                    .collect(Collectors.joining(", "));
        }
    }

    /**
     * A relationship as this person's page shows it: the label from this side ("Child of" on the child's record, the
     * type's inverse label) and the other person. {@code fromThisSide} tells whether it was recorded from this person.
     */
    public record Relationship(
            UUID id, String type, String label, PersonId other, String otherName, boolean fromThisSide) {}
}
