package org.casework.registry.people;

import java.util.List;
import org.casework.identity.CitizenEmailConfirmed;
import org.casework.registry.PersonId;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * When a citizen confirms their email address, links their account to the one person on the register with that email
 * as a contact detail — only if exactly one has it and neither is linked yet; anything less certain is left to an
 * officer. Runs after the confirmation commits, in a transaction of its own, so it can never undo a confirmation.
 */
@Component
class CitizenLinking {

    static final String ACTOR = "system";

    private final PersonRows people;
    private final ContactRows contacts;
    private final PersonEvents events;

    CitizenLinking(PersonRows people, ContactRows contacts, PersonEvents events) {
        this.people = people;
        this.contacts = contacts;
        this.events = events;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void on(CitizenEmailConfirmed confirmed) {
        if (confirmed.email() == null
                || people.byCitizenAccount(confirmed.citizen()).isPresent()) return;
        var key = ContactKeys.keyOf(ContactKeys.Kind.EMAIL, confirmed.email());
        List<PersonId> holders = contacts.withKeys(ContactRows.Kind.CONTACT, List.of(key)).stream()
                .map(ContactRows.Line::person)
                .distinct()
                .toList();
        if (holders.size() != 1) return;
        var person = people.lock(holders.getFirst()).orElseThrow();
        if (person.citizenAccount() != null || person.mergedInto() != null) return;
        people.setCitizenAccount(person.id(), confirmed.citizen());
        events.record(
                person.id(),
                ACTOR,
                PersonEvents.CHANGED,
                "Linked the citizen account of " + confirmed.email() + " when its holder confirmed the address");
    }
}
