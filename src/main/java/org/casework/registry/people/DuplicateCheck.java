package org.casework.registry.people;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.casework.registry.LikelyDuplicate;
import org.casework.registry.NewContact;
import org.casework.registry.NewReference;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who on the register may be the person about to be added: someone born the same day with a similar name (family
 * names that sound alike or are nearly spelt the same, and first names alike too, so twins are not flagged), or
 * someone with the same email address or phone number, or the same reference of the same type.
 */
@Component
public class DuplicateCheck {

    private static final JaroWinklerSimilarity SIMILARITY = new JaroWinklerSimilarity();
    private static final double NEARLY_SAME = 0.88;
    private static final double FIRST_NAMES_ALIKE = 0.85;

    private final JdbcClient db;
    private final ContactRows contacts;
    private final PersonReader reader;

    DuplicateCheck(JdbcClient db, ContactRows contacts, PersonReader reader) {
        this.db = db;
        this.contacts = contacts;
        this.reader = reader;
    }

    public List<LikelyDuplicate> of(
            String givenNames,
            String familyName,
            LocalDate dateOfBirth,
            List<NewContact> newContacts,
            List<NewReference> newReferences) {
        var reasons = new LinkedHashMap<UUID, List<String>>();
        if (dateOfBirth != null) {
            db.sql("""
                            select id, given_names, family_name from people
                            where date_of_birth = :day and merged_into is null
                            order by family_name, id limit 100""").param("day", dateOfBirth).query(rs -> {
                if (similar(familyName, rs.getString("family_name"))
                        && similarFirstNames(givenNames, rs.getString("given_names"))) {
                    reason(reasons, rs.getObject("id", UUID.class), "Same date of birth and a similar name");
                }
            });
        }
        var contactKeys = new LinkedHashSet<String>();
        for (var contact : newContacts) {
            contactKeys.add(ContactKeys.keyOf(ContactKeys.kindOf(contact.type(), contact.value()), contact.value()));
        }
        for (var line : contacts.withKeys(ContactRows.Kind.CONTACT, contactKeys)) {
            reason(reasons, line.person().value(), "Same contact detail: " + line.value());
        }
        var referenceKeys = new LinkedHashSet<String>();
        newReferences.forEach(reference -> referenceKeys.add(ContactKeys.referenceKey(reference.value())));
        for (var line : contacts.withKeys(ContactRows.Kind.REFERENCE, referenceKeys)) {
            var sameType = newReferences.stream()
                    .anyMatch(reference -> reference.type().equals(line.type())
                            && ContactKeys.referenceKey(reference.value()).equals(line.key()));
            if (sameType) reason(reasons, line.person().value(), "Same reference: " + line.value());
        }
        var found = new ArrayList<LikelyDuplicate>();
        for (var person : reader.summaries(reasons.keySet())) {
            found.add(new LikelyDuplicate(
                    person, List.copyOf(reasons.get(person.id().value()))));
        }
        return found;
    }

    private static void reason(LinkedHashMap<UUID, List<String>> reasons, UUID person, String reason) {
        var list = reasons.computeIfAbsent(person, id -> new ArrayList<>());
        if (!list.contains(reason)) list.add(reason);
    }

    private static boolean similar(String one, String other) {
        return NameKeys.soundAlike(one, other)
                || SIMILARITY.apply(NameKeys.plain(one), NameKeys.plain(other)) >= NEARLY_SAME;
    }

    /**
     * First names alike: nearly the same spelling (Jayne, Jane; Steven, Stephen), or one short for the other (Jo,
     * Joanne). Not by sound, which would make twins Jane and John alike.
     */
    private static boolean similarFirstNames(String one, String other) {
        var first = NameKeys.words(one);
        var second = NameKeys.words(other);
        if (first.isEmpty() || second.isEmpty()) return false;
        var a = first.getFirst();
        var b = second.getFirst();
        return a.startsWith(b) || b.startsWith(a) || SIMILARITY.apply(a, b) >= FIRST_NAMES_ALIKE;
    }
}
