package org.casework.registry.people;

import java.util.UUID;
import org.casework.identity.Citizens;
import org.casework.registry.LookupList;
import org.casework.registry.LookupLists;
import org.casework.registry.PersonId;
import org.casework.registry.PersonInvalid;
import org.casework.registry.PersonNotFound;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** A person's links to others: relationships with other people, and the citizen account of the same human. */
@Component
public class PersonLinks {

    private final PersonParts parts;
    private final PersonRows people;
    private final RelationshipRows relationships;
    private final LookupLists lookups;
    private final Citizens citizens;

    PersonLinks(
            PersonParts parts,
            PersonRows people,
            RelationshipRows relationships,
            LookupLists lookups,
            Citizens citizens) {
        this.parts = parts;
        this.people = people;
        this.relationships = relationships;
        this.lookups = lookups;
        this.citizens = citizens;
    }

    /** Records that {@code id} is (the type's label, "Parent of") {@code other}; stored once, shown from both sides. */
    @Transactional
    public UUID relate(PersonId id, String type, PersonId other, String by) {
        if (other == null) throw new PersonInvalid("other", "Choose the other person");
        var first = id.value().compareTo(other.value()) <= 0 ? id : other;
        var second = first.equals(id) ? other : id;
        // Locked in id order, so two officers relating the same two people the other way round cannot deadlock.
        var rows = new java.util.HashMap<PersonId, PersonRows.Row>();
        rows.put(first, lockOther(first, first.equals(other)));
        rows.put(second, lockOther(second, second.equals(other)));
        if (id.equals(other)) throw new PersonInvalid("other", "A person cannot be related to themselves");
        var value = lookups.require("type", LookupList.RELATIONSHIP_TYPES, type == null ? null : type.strip(), null);
        if (relationships.exists(id, value.code(), other)
                || (value.label().equals(value.labelFromOtherSide())
                        && relationships.exists(other, value.code(), id))) {
            throw new PersonInvalid("other", "This relationship is recorded already");
        }
        var added = relationships.add(id, value.code(), other, by);
        var otherName = rows.get(other).name();
        var ownName = rows.get(id).name();
        parts.changed(id, by, "Added relationship: " + value.label() + " " + otherName);
        parts.changed(other, by, "Added relationship: " + value.labelFromOtherSide() + " " + ownName);
        return added;
    }

    private PersonRows.Row lockOther(PersonId id, boolean isOther) {
        try {
            return parts.lockLive(id);
        } catch (PersonNotFound notFound) {
            if (isOther) throw new PersonInvalid("other", "There is no such person on the register");
            throw notFound;
        }
    }

    @Transactional
    public void removeRelationship(PersonId id, UUID relationship, String by) {
        parts.lockLive(id);
        var line = relationships
                .find(id, relationship)
                .orElseThrow(() -> new PersonInvalid("relationship", "The person has no such relationship"));
        relationships.remove(relationship);
        var type = lookups.find(LookupList.RELATIONSHIP_TYPES, line.type());
        var label = type.map(t -> t.label()).orElse(line.type());
        var from = people.find(line.from()).map(PersonRows.Row::name).orElse("");
        var to = people.find(line.to()).map(PersonRows.Row::name).orElse("");
        parts.changed(line.from(), by, "Removed relationship: " + label + " " + to);
        parts.changed(
                line.to(),
                by,
                "Removed relationship: " + type.map(t -> t.labelFromOtherSide()).orElse(line.type()) + " " + from);
    }

    /** Links the citizen's portal account to the person; an account belongs to one person at most. */
    @Transactional
    public void linkCitizen(PersonId id, UUID account, String by) {
        var row = parts.lockLive(id);
        if (account == null) throw new PersonInvalid("citizenAccount", "Enter the citizen account's id");
        var citizen = citizens.find(account)
                .orElseThrow(() -> new PersonInvalid("citizenAccount", "There is no citizen account " + account));
        var holder = people.byCitizenAccount(account);
        if (holder.isPresent() && !holder.get().id().equals(id)) {
            throw new PersonInvalid(
                    "citizenAccount",
                    "The account of " + citizen.email() + " is linked to "
                            + holder.get().name() + " already");
        }
        if (account.equals(row.citizenAccount())) return;
        people.setCitizenAccount(id, account);
        parts.changed(id, by, "Linked the citizen account of " + citizen.email());
    }

    @Transactional
    public void unlinkCitizen(PersonId id, String by) {
        var row = parts.lockLive(id);
        if (row.citizenAccount() == null) return;
        people.setCitizenAccount(id, null);
        var email = citizens.find(row.citizenAccount())
                .map(c -> c.email())
                .orElse(row.citizenAccount().toString());
        parts.changed(id, by, "Unlinked the citizen account of " + email);
    }
}
