package org.casework.registry.people;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.casework.platform.Refusal.Problem;
import org.casework.registry.LookupList;
import org.casework.registry.LookupLists;
import org.casework.registry.NewAddress;
import org.casework.registry.NewContact;
import org.casework.registry.NewReference;
import org.casework.registry.Person.Address;
import org.casework.registry.PersonId;
import org.casework.registry.PersonInvalid;
import org.casework.registry.PersonNotFound;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes to what a person record holds — names, date of birth, contact details, references, addresses — each checked,
 * made with the person's row locked, and written on the audit trail in words.
 */
@Component
public class PersonParts {

    private final PersonRows people;
    private final ContactRows contacts;
    private final AddressRows addresses;
    private final PersonChecks checks;
    private final PersonEvents events;
    private final LookupLists lookups;
    private final Clock clock;

    PersonParts(
            PersonRows people,
            ContactRows contacts,
            AddressRows addresses,
            PersonChecks checks,
            PersonEvents events,
            LookupLists lookups,
            Clock clock) {
        this.people = people;
        this.contacts = contacts;
        this.addresses = addresses;
        this.checks = checks;
        this.events = events;
        this.lookups = lookups;
        this.clock = clock;
    }

    /**
     * The person's row, locked: {@link PersonNotFound} if there is none, {@link PersonInvalid} if it was merged into
     * another (changes go to the survivor).
     */
    public PersonRows.Row lockLive(PersonId id) {
        var row = people.lock(id).orElseThrow(() -> new PersonNotFound(id));
        if (row.mergedInto() != null) {
            throw new PersonInvalid(
                    "person",
                    row.name() + " was merged into another record; change that one (" + row.mergedInto() + ")");
        }
        return row;
    }

    void recordCreated(PersonId id, String name, boolean confirmedNotDuplicate, String by) {
        events.record(
                id,
                by,
                PersonEvents.CREATED,
                "Added " + name + " to the register"
                        + (confirmedNotDuplicate ? ", confirmed as not someone already on it" : ""));
    }

    @Transactional
    public UUID addContact(PersonId id, NewContact contact, String by) {
        lockLive(id);
        var problems = PersonChecks.none();
        checks.contact(problems, "", contact);
        if (!problems.isEmpty()) throw new PersonInvalid(problems);
        var value = contact.value().strip();
        var kind = ContactKeys.kindOf(contact.type(), value);
        var added = contacts.add(
                ContactRows.Kind.CONTACT,
                id,
                contact.type().strip(),
                value,
                ContactKeys.keyOf(kind, value),
                clock.instant());
        changed(id, by, "Added contact detail: " + label(LookupList.CONTACT_TYPES, contact.type()) + " " + value);
        return added;
    }

    @Transactional
    public void removeContact(PersonId id, UUID contact, String by) {
        lockLive(id);
        var line = contacts.of(ContactRows.Kind.CONTACT, id).stream()
                .filter(c -> c.id().equals(contact))
                .findFirst()
                .orElseThrow(() -> new PersonInvalid("contact", "The person has no such contact detail"));
        contacts.remove(ContactRows.Kind.CONTACT, id, contact);
        changed(id, by, "Removed contact detail: " + label(LookupList.CONTACT_TYPES, line.type()) + " " + line.value());
    }

    @Transactional
    public UUID addReference(PersonId id, NewReference reference, String by) {
        lockLive(id);
        var problems = PersonChecks.none();
        checks.reference(problems, "", reference);
        if (!problems.isEmpty()) throw new PersonInvalid(problems);
        var value = reference.value().strip();
        var added = contacts.add(
                ContactRows.Kind.REFERENCE,
                id,
                reference.type().strip(),
                value,
                ContactKeys.referenceKey(value),
                clock.instant());
        changed(id, by, "Added reference: " + label(LookupList.REFERENCE_TYPES, reference.type()) + " " + value);
        return added;
    }

    @Transactional
    public void removeReference(PersonId id, UUID reference, String by) {
        lockLive(id);
        var line = contacts.of(ContactRows.Kind.REFERENCE, id).stream()
                .filter(c -> c.id().equals(reference))
                .findFirst()
                .orElseThrow(() -> new PersonInvalid("reference", "The person has no such reference"));
        contacts.remove(ContactRows.Kind.REFERENCE, id, reference);
        changed(id, by, "Removed reference: " + label(LookupList.REFERENCE_TYPES, line.type()) + " " + line.value());
    }

    /** Adds an address; as the new current address it ends the one before on the day they moved (or today). */
    @Transactional
    public UUID addAddress(PersonId id, NewAddress address, String by) {
        lockLive(id);
        var problems = PersonChecks.none();
        var postcode = checks.address(problems, "", address);
        if (!problems.isEmpty()) throw new PersonInvalid(problems);
        var from = address.from() == null || address.from().isBlank()
                ? null
                : LocalDate.parse(address.from().strip());
        addresses.endCurrent(id, from == null ? LocalDate.now(clock) : from);
        var added = new Address(
                null,
                address.uprn(),
                address.line1().strip(),
                PersonChecks.text(address.line2()),
                PersonChecks.text(address.town()),
                postcode,
                from,
                null);
        var addedId = addresses.add(id, added, clock.instant());
        changed(id, by, "Added address: " + added.singleLine());
        return addedId;
    }

    /** Ends an address: the person no longer lives there from that day. */
    @Transactional
    public void endAddress(PersonId id, UUID address, String on, String by) {
        lockLive(id);
        var current = addresses
                .find(id, address)
                .orElseThrow(() -> new PersonInvalid("address", "The person has no such address"));
        var problems = PersonChecks.none();
        var day = checks.date(problems, "to", on, "The date they moved out");
        if (day == null && problems.isEmpty()) {
            problems.add(new Problem("to", "Enter the date they moved out"));
        } else if (day != null && day.isAfter(LocalDate.now(clock))) {
            problems.add(new Problem("to", "The date they moved out must be today or in the past"));
        } else if (day != null && current.from() != null && day.isBefore(current.from())) {
            problems.add(new Problem("to", "The date they moved out must be after the date they moved in"));
        }
        if (!problems.isEmpty()) throw new PersonInvalid(problems);
        addresses.end(id, address, day);
        changed(id, by, "Ended address: " + current.singleLine());
    }

    @Transactional
    public void removeAddress(PersonId id, UUID address, String by) {
        lockLive(id);
        var current = addresses
                .find(id, address)
                .orElseThrow(() -> new PersonInvalid("address", "The person has no such address"));
        addresses.remove(id, address);
        changed(id, by, "Removed address: " + current.singleLine());
    }

    /** Records a name the person was known by before. */
    @Transactional
    public void addPreviousName(PersonId id, String givenNames, String familyName, String changedOn, String by) {
        lockLive(id);
        var problems = PersonChecks.none();
        checks.names(problems, "", givenNames, familyName);
        var day = checks.date(problems, "changedOn", changedOn, "The date the name changed");
        if (!problems.isEmpty()) throw new PersonInvalid(problems);
        var name = PersonChecks.text(givenNames) + " " + PersonChecks.text(familyName);
        people.addPreviousName(id, PersonChecks.text(givenNames), PersonChecks.text(familyName), day);
        changed(id, by, "Added previous name: " + name);
    }

    /** Changes the person's name, keeping the one they had as a previous name with the day it changed. */
    @Transactional
    public void changeName(PersonId id, String givenNames, String familyName, String changedOn, String by) {
        var row = lockLive(id);
        var problems = PersonChecks.none();
        checks.names(problems, "", givenNames, familyName);
        var day = checks.date(problems, "changedOn", changedOn, "The date the name changed");
        if (!problems.isEmpty()) throw new PersonInvalid(problems);
        people.addPreviousName(id, row.givenNames(), row.familyName(), day);
        people.rename(id, PersonChecks.text(givenNames), PersonChecks.text(familyName));
        changed(
                id,
                by,
                "Changed name from " + row.name() + " to " + PersonChecks.text(givenNames) + " "
                        + PersonChecks.text(familyName));
    }

    /** Corrects the date of birth (null: not known). */
    @Transactional
    public void changeDateOfBirth(PersonId id, String dateOfBirth, String by) {
        var row = lockLive(id);
        var problems = PersonChecks.none();
        var day = checks.dateOfBirth(problems, "dateOfBirth", dateOfBirth);
        if (!problems.isEmpty()) throw new PersonInvalid(problems);
        people.setDateOfBirth(id, day);
        changed(
                id,
                by,
                "Changed date of birth from " + (row.dateOfBirth() == null ? "not known" : row.dateOfBirth()) + " to "
                        + (day == null ? "not known" : day));
    }

    void changed(PersonId id, String by, String detail) {
        events.record(id, by, PersonEvents.CHANGED, detail);
    }

    void merged(PersonId id, String by, String detail) {
        events.record(id, by, PersonEvents.MERGED, detail);
    }

    private String label(LookupList list, String code) {
        return lookups.labelOf(list, code.strip());
    }
}
