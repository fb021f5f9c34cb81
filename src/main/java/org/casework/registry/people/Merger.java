package org.casework.registry.people;

import org.casework.registry.PeopleMerged;
import org.casework.registry.PersonId;
import org.casework.registry.PersonInvalid;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Merges two records of the same human in one transaction: every link of the merged record moves to the survivor
 * (contact details, references, addresses, relationships from both sides, previous names, the citizen account), a
 * link the survivor has already or a relationship with oneself is dropped, the merged record's name becomes one of the
 * survivor's previous names, and the merged record stays as a tombstone pointing at the survivor. {@link PeopleMerged}
 * is published inside the transaction so other modules move their own links in it too.
 */
@Component
public class Merger {

    private final PersonParts parts;
    private final PersonRows people;
    private final ContactRows contacts;
    private final AddressRows addresses;
    private final RelationshipRows relationships;
    private final ApplicationEventPublisher publisher;

    Merger(
            PersonParts parts,
            PersonRows people,
            ContactRows contacts,
            AddressRows addresses,
            RelationshipRows relationships,
            ApplicationEventPublisher publisher) {
        this.parts = parts;
        this.people = people;
        this.contacts = contacts;
        this.addresses = addresses;
        this.relationships = relationships;
        this.publisher = publisher;
    }

    @Transactional
    public void merge(PersonId survivor, PersonId merged, String by) {
        var rows = lockBoth(survivor, merged);
        var kept = rows.survivor();
        var gone = rows.merged();
        if (gone.citizenAccount() != null
                && kept.citizenAccount() != null
                && !gone.citizenAccount().equals(kept.citizenAccount())) {
            throw new PersonInvalid(
                    "merged",
                    "Both records are linked to a citizen account, and not the same one: unlink one account first");
        }
        var contactsMoved = contacts.move(ContactRows.Kind.CONTACT, merged, survivor);
        var referencesMoved = contacts.move(ContactRows.Kind.REFERENCE, merged, survivor);
        var addressesMoved = addresses.move(merged, survivor);
        var relationshipsMoved = relationships.move(merged, survivor);
        var namesMoved = people.movePreviousNames(merged, survivor);
        var account = gone.citizenAccount();
        people.markMerged(merged, survivor);
        if (account != null && kept.citizenAccount() == null) people.setCitizenAccount(survivor, account);
        if (!gone.givenNames().equals(kept.givenNames()) || !gone.familyName().equals(kept.familyName())) {
            people.addPreviousName(survivor, gone.givenNames(), gone.familyName(), null);
        } else {
            people.rebuildNameKeys(survivor);
        }
        people.repointTombstones(merged, survivor);
        publisher.publishEvent(new PeopleMerged(survivor, merged, by));
        var moved = "%d contact details, %d references, %d addresses, %d relationships, %d previous names%s moved"
                .formatted(
                        contactsMoved,
                        referencesMoved,
                        addressesMoved,
                        relationshipsMoved,
                        namesMoved,
                        account != null ? " and the citizen account" : "");
        parts.merged(survivor, by, "Merged with " + gone.name() + " (" + merged + "): " + moved);
        parts.merged(merged, by, "Merged into " + kept.name() + " (" + survivor + ")");
    }

    private record Pair(PersonRows.Row survivor, PersonRows.Row merged) {}

    private Pair lockBoth(PersonId survivor, PersonId merged) {
        if (survivor.equals(merged)) throw new PersonInvalid("merged", "Choose another record to merge with");
        // Locked in id order, so two merges of the same pair the other way round cannot deadlock.
        var firstIsSurvivor = survivor.value().compareTo(merged.value()) < 0;
        var first = firstIsSurvivor ? survivor : merged;
        var second = firstIsSurvivor ? merged : survivor;
        var firstRow = lock(first, first.equals(merged) ? "merged" : "survivor");
        var secondRow = lock(second, second.equals(merged) ? "merged" : "survivor");
        return firstIsSurvivor ? new Pair(firstRow, secondRow) : new Pair(secondRow, firstRow);
    }

    private PersonRows.Row lock(PersonId id, String field) {
        try {
            return parts.lockLive(id);
        } catch (org.casework.registry.PersonNotFound notFound) {
            if (field.equals("merged")) throw new PersonInvalid("merged", "There is no such person on the register");
            throw notFound;
        } catch (PersonInvalid alreadyMerged) {
            throw new PersonInvalid(field, alreadyMerged.reasonFor("person"));
        }
    }
}
