package org.casework.registry;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.casework.registry.people.Merger;
import org.casework.registry.people.PeopleSearch;
import org.casework.registry.people.PersonEvents;
import org.casework.registry.people.PersonLinks;
import org.casework.registry.people.PersonParts;
import org.casework.registry.people.PersonReader;
import org.casework.registry.people.Registration;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The person register: adding people (with a warning when they may be on it already), reading and finding them,
 * changing what a record holds, relating people, linking a citizen's portal account, and merging two records of the
 * same human. Every change is on the person's audit trail. Refusals: {@link PersonNotFound}, {@link PersonInvalid}
 * (naming the field), {@link UnknownLookupValue} and {@link LikelyDuplicates}.
 */
@Service
public class People {

    private final Registration registration;
    private final PersonReader reader;
    private final PeopleSearch search;
    private final PersonParts parts;
    private final PersonLinks links;
    private final Merger merger;
    private final PersonEvents events;

    People(
            Registration registration,
            PersonReader reader,
            PeopleSearch search,
            PersonParts parts,
            PersonLinks links,
            Merger merger,
            PersonEvents events) {
        this.registration = registration;
        this.reader = reader;
        this.search = search;
        this.parts = parts;
        this.links = links;
        this.merger = merger;
        this.events = events;
    }

    /**
     * Adds a person. Unless {@code confirmedNotDuplicate}, refused with {@link LikelyDuplicates} when someone already
     * on the register may be them (same date of birth and a similar name, same email, phone or reference).
     */
    public PersonId add(NewPerson person, boolean confirmedNotDuplicate, String by) {
        return registration.register(person, confirmedNotDuplicate, by);
    }

    /** Who already on the register may be this person; empty if nobody. */
    public List<LikelyDuplicate> likelyDuplicates(NewPerson person) {
        return registration.likelyDuplicates(person);
    }

    /** The person, merged or not; {@link PersonNotFound} if there is no such record. */
    @Transactional(readOnly = true)
    public Person get(PersonId id) {
        return reader.find(id).orElseThrow(() -> new PersonNotFound(id));
    }

    @Transactional(readOnly = true)
    public Optional<Person> find(PersonId id) {
        return reader.find(id);
    }

    /** The person whose record is linked to this citizen account, if any. */
    @Transactional(readOnly = true)
    public Optional<Person> byCitizenAccount(UUID account) {
        return reader.byCitizenAccount(account);
    }

    /** People matching every part of the criteria given, best match first. */
    @Transactional(readOnly = true)
    public PeopleFound search(PersonCriteria criteria) {
        return search.search(criteria);
    }

    /** The person's audit trail, newest first. */
    @Transactional(readOnly = true)
    public List<PersonEvent> history(PersonId id) {
        return events.of(id);
    }

    /** Adds an email address or phone number of a type from the contact types list; returns its id. */
    public UUID addContact(PersonId id, NewContact contact, String by) {
        return parts.addContact(id, contact, by);
    }

    public void removeContact(PersonId id, UUID contact, String by) {
        parts.removeContact(id, contact, by);
    }

    /** Adds another system's reference, of a type from the reference types list; returns its id. */
    public UUID addReference(PersonId id, NewReference reference, String by) {
        return parts.addReference(id, reference, by);
    }

    public void removeReference(PersonId id, UUID reference, String by) {
        parts.removeReference(id, reference, by);
    }

    /** Adds an address; without an end date it becomes the current one, ending the one before. Returns its id. */
    public UUID addAddress(PersonId id, NewAddress address, String by) {
        return parts.addAddress(id, address, by);
    }

    /** Ends an address on the day (yyyy-MM-dd) the person moved out. */
    public void endAddress(PersonId id, UUID address, String on, String by) {
        parts.endAddress(id, address, on, by);
    }

    /** Removes an address entered by mistake (an address they moved from is ended instead). */
    public void removeAddress(PersonId id, UUID address, String by) {
        parts.removeAddress(id, address, by);
    }

    /** Records a name the person was known by before, and the day (yyyy-MM-dd, optional) it changed. */
    public void addPreviousName(PersonId id, String givenNames, String familyName, String changedOn, String by) {
        parts.addPreviousName(id, givenNames, familyName, changedOn, by);
    }

    /** Changes the person's name; the one they had is kept as a previous name. */
    public void changeName(PersonId id, String givenNames, String familyName, String changedOn, String by) {
        parts.changeName(id, givenNames, familyName, changedOn, by);
    }

    /** Corrects the date of birth (yyyy-MM-dd; blank: not known). */
    public void changeDateOfBirth(PersonId id, String dateOfBirth, String by) {
        parts.changeDateOfBirth(id, dateOfBirth, by);
    }

    /**
     * Records that the person is (the type's label) the other person, as "Parent of"; the other's record shows the
     * inverse label ("Child of"). Returns the relationship's id.
     */
    public UUID relate(PersonId id, String relationshipType, PersonId other, String by) {
        return links.relate(id, relationshipType, other, by);
    }

    /** Removes a relationship the person is in, from whichever side it was recorded. */
    public void removeRelationship(PersonId id, UUID relationship, String by) {
        links.removeRelationship(id, relationship, by);
    }

    /** Links the citizen's portal account (identity's {@code CitizenAccount} id) to the person. */
    public void linkCitizenAccount(PersonId id, UUID account, String by) {
        links.linkCitizen(id, account, by);
    }

    public void unlinkCitizenAccount(PersonId id, String by) {
        links.unlinkCitizen(id, by);
    }

    /** What merging {@code merged} into {@code survivor} would move, for the officer to confirm. */
    @Transactional(readOnly = true)
    public MergePreview mergePreview(PersonId survivor, PersonId merged) {
        if (survivor.equals(merged)) throw new PersonInvalid("merged", "Choose another record to merge with");
        var kept = get(survivor);
        var gone = reader.find(merged)
                .orElseThrow(() -> new PersonInvalid("merged", "There is no such person on the register"));
        if (kept.merged()) throw new PersonInvalid("survivor", kept.name() + " was merged into another record");
        if (gone.merged()) throw new PersonInvalid("merged", gone.name() + " was merged into another record already");
        return new MergePreview(
                reader.summary(survivor),
                reader.summary(merged),
                gone.contacts().size(),
                gone.references().size(),
                gone.addresses().size(),
                gone.relationships().size(),
                gone.previousNames().size(),
                gone.citizenAccount() != null);
    }

    /**
     * Merges {@code merged} into {@code survivor} in one transaction, publishing {@link PeopleMerged} inside it; the
     * merged record stays as a tombstone pointing at the survivor.
     */
    public void merge(PersonId survivor, PersonId merged, String by) {
        merger.merge(survivor, merged, by);
    }
}
