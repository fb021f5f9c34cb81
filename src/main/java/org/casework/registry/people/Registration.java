package org.casework.registry.people;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.casework.platform.Refusal.Problem;
import org.casework.registry.LikelyDuplicate;
import org.casework.registry.LikelyDuplicates;
import org.casework.registry.NewPerson;
import org.casework.registry.PersonId;
import org.casework.registry.PersonInvalid;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Puts a person on the register: everything typed is checked first, then who they may already be. */
@Component
public class Registration {

    private final PersonChecks checks;
    private final DuplicateCheck duplicates;
    private final PersonRows people;
    private final PersonParts parts;
    private final Clock clock;

    Registration(PersonChecks checks, DuplicateCheck duplicates, PersonRows people, PersonParts parts, Clock clock) {
        this.checks = checks;
        this.duplicates = duplicates;
        this.people = people;
        this.parts = parts;
        this.clock = clock;
    }

    /** The person as checked: the date of birth read. */
    private record Checked(NewPerson person, LocalDate dateOfBirth) {}

    private Checked check(NewPerson person) {
        List<Problem> problems = PersonChecks.none();
        checks.names(problems, "", person.givenNames(), person.familyName());
        var dateOfBirth = checks.dateOfBirth(problems, "dateOfBirth", person.dateOfBirth());
        for (int i = 0; i < person.contacts().size(); i++) {
            checks.contact(problems, "contacts[" + i + "].", person.contacts().get(i));
        }
        for (int i = 0; i < person.references().size(); i++) {
            checks.reference(
                    problems, "references[" + i + "].", person.references().get(i));
        }
        if (person.address() != null) checks.address(problems, "address.", person.address());
        if (!problems.isEmpty()) throw new PersonInvalid(problems);
        return new Checked(person, dateOfBirth);
    }

    /** Who the person may already be; {@link PersonInvalid} if what was typed is wrong. */
    @Transactional(readOnly = true)
    public List<LikelyDuplicate> likelyDuplicates(NewPerson person) {
        var checked = check(person);
        return duplicates.of(
                PersonChecks.text(person.givenNames()),
                PersonChecks.text(person.familyName()),
                checked.dateOfBirth(),
                person.contacts(),
                person.references());
    }

    /**
     * Adds the person; unless {@code confirmedNotDuplicate}, refused with {@link LikelyDuplicates} when they may be on
     * the register already.
     */
    @Transactional
    public PersonId register(NewPerson person, boolean confirmedNotDuplicate, String by) {
        var checked = check(person);
        if (!confirmedNotDuplicate) {
            var likely = likelyDuplicates(person);
            if (!likely.isEmpty()) throw new LikelyDuplicates(likely);
        }
        var id = new PersonId(UUID.randomUUID());
        var givenNames = PersonChecks.text(person.givenNames());
        var familyName = PersonChecks.text(person.familyName());
        people.insert(id, givenNames, familyName, checked.dateOfBirth(), clock.instant(), by);
        parts.recordCreated(id, givenNames + " " + familyName, confirmedNotDuplicate, by);
        for (var contact : person.contacts()) parts.addContact(id, contact, by);
        for (var reference : person.references()) parts.addReference(id, reference, by);
        if (person.address() != null) parts.addAddress(id, person.address(), by);
        return id;
    }
}
