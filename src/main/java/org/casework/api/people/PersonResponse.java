package org.casework.api.people;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.casework.registry.Person;
import org.casework.registry.PersonSummary;

/** A person as the API gives it: ids as plain strings, labels beside codes, relationships from this side. */
record PersonResponse(
        String id,
        String givenNames,
        String familyName,
        LocalDate dateOfBirth,
        UUID citizenAccount,
        String mergedInto,
        List<Person.PreviousName> previousNames,
        List<Person.ContactDetail> contacts,
        List<Person.Reference> references,
        List<AddressResponse> addresses,
        List<RelationshipResponse> relationships,
        Instant createdAt,
        String createdBy) {

    record AddressResponse(
            UUID id,
            Long uprn,
            String line1,
            String line2,
            String town,
            String postcode,
            LocalDate from,
            LocalDate to,
            boolean current,
            String singleLine) {

        static AddressResponse from(Person.Address address) {
            return new AddressResponse(
                    address.id(),
                    address.uprn(),
                    address.line1(),
                    address.line2(),
                    address.town(),
                    address.postcode(),
                    address.from(),
                    address.to(),
                    address.current(),
                    address.singleLine());
        }
    }

    /** {@code label} is read from this person's side: "Child of" on the child's record. */
    record RelationshipResponse(
            UUID id, String type, String label, String otherPerson, String otherName, boolean recordedFromThisSide) {

        static RelationshipResponse from(Person.Relationship relationship) {
            return new RelationshipResponse(
                    relationship.id(),
                    relationship.type(),
                    relationship.label(),
                    relationship.other().toString(),
                    relationship.otherName(),
                    relationship.fromThisSide());
        }
    }

    static PersonResponse from(Person person) {
        return new PersonResponse(
                person.id().toString(),
                person.givenNames(),
                person.familyName(),
                person.dateOfBirth(),
                person.citizenAccount(),
                person.mergedInto() == null ? null : person.mergedInto().toString(),
                person.previousNames(),
                person.contacts(),
                person.references(),
                person.addresses().stream().map(AddressResponse::from).toList(),
                person.relationships().stream().map(RelationshipResponse::from).toList(),
                person.createdAt(),
                person.createdBy());
    }

    /** A person in a list: search results and likely duplicates. */
    record SummaryResponse(
            String id, String givenNames, String familyName, LocalDate dateOfBirth, String currentAddress) {

        static SummaryResponse from(PersonSummary person) {
            return new SummaryResponse(
                    person.id().toString(),
                    person.givenNames(),
                    person.familyName(),
                    person.dateOfBirth(),
                    person.currentAddress());
        }
    }
}
