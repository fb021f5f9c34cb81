package org.casework.registry.people;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.casework.registry.LookupList;
import org.casework.registry.LookupLists;
import org.casework.registry.LookupValue;
import org.casework.registry.Person;
import org.casework.registry.PersonId;
import org.casework.registry.PersonSummary;
import org.springframework.stereotype.Component;

/** Reads a person record with everything on it, labels from the lookup lists (retired values too). */
@Component
public class PersonReader {

    private final PersonRows people;
    private final ContactRows contacts;
    private final AddressRows addresses;
    private final RelationshipRows relationships;
    private final LookupLists lookups;

    PersonReader(
            PersonRows people,
            ContactRows contacts,
            AddressRows addresses,
            RelationshipRows relationships,
            LookupLists lookups) {
        this.people = people;
        this.contacts = contacts;
        this.addresses = addresses;
        this.relationships = relationships;
        this.lookups = lookups;
    }

    public Optional<Person> find(PersonId id) {
        return people.find(id).map(this::person);
    }

    public Optional<Person> byCitizenAccount(UUID account) {
        return people.byCitizenAccount(account).map(this::person);
    }

    private Person person(PersonRows.Row row) {
        var id = row.id();
        var contactLabels = labels(LookupList.CONTACT_TYPES);
        var referenceLabels = labels(LookupList.REFERENCE_TYPES);
        return new Person(
                id,
                row.givenNames(),
                row.familyName(),
                row.dateOfBirth(),
                row.citizenAccount(),
                row.mergedInto(),
                people.previousNames(id),
                contacts.of(ContactRows.Kind.CONTACT, id).stream()
                        .map(line -> new Person.ContactDetail(
                                line.id(), line.type(), label(contactLabels, line.type()), line.value()))
                        .toList(),
                contacts.of(ContactRows.Kind.REFERENCE, id).stream()
                        .map(line -> new Person.Reference(
                                line.id(), line.type(), label(referenceLabels, line.type()), line.value()))
                        .toList(),
                addresses.of(id),
                relationshipsOf(id),
                row.createdAt(),
                row.createdBy());
    }

    private List<Person.Relationship> relationshipsOf(PersonId id) {
        var lines = relationships.of(id);
        var types = new HashMap<String, LookupValue>();
        lookups.values(LookupList.RELATIONSHIP_TYPES).forEach(value -> types.put(value.code(), value));
        var others = new HashMap<PersonId, String>();
        people.all(lines.stream()
                        .map(line -> line.from().equals(id) ? line.to() : line.from())
                        .map(PersonId::value)
                        .distinct()
                        .toList())
                .forEach(other -> others.put(other.id(), other.name()));
        return lines.stream()
                .map(line -> {
                    var fromHere = line.from().equals(id);
                    var other = fromHere ? line.to() : line.from();
                    var type = types.get(line.type());
                    var label = type == null ? line.type() : fromHere ? type.label() : type.labelFromOtherSide();
                    return new Person.Relationship(
                            line.id(), line.type(), label, other, others.getOrDefault(other, ""), fromHere);
                })
                .sorted(java.util.Comparator.comparing(Person.Relationship::label)
                        .thenComparing(Person.Relationship::otherName))
                .toList();
    }

    /** Summaries of these people, in the order of the ids given. */
    public List<PersonSummary> summaries(Collection<UUID> ids) {
        var rows = new HashMap<UUID, PersonRows.Row>();
        people.all(List.copyOf(ids)).forEach(row -> rows.put(row.id().value(), row));
        var current = addresses.currentOf(ids);
        return ids.stream()
                .filter(rows::containsKey)
                .map(rows::get)
                .map(row -> new PersonSummary(
                        row.id(),
                        row.givenNames(),
                        row.familyName(),
                        row.dateOfBirth(),
                        current.get(row.id().value())))
                .toList();
    }

    public PersonSummary summary(PersonId id) {
        return summaries(List.of(id.value())).getFirst();
    }

    private HashMap<String, String> labels(LookupList list) {
        var labels = new HashMap<String, String>();
        lookups.values(list).forEach(value -> labels.put(value.code(), value.label()));
        return labels;
    }

    private static String label(HashMap<String, String> labels, String code) {
        return labels.getOrDefault(code, code);
    }
}
