package org.casework.registry.people;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.casework.platform.Refusal.Problem;
import org.casework.registry.PeopleFound;
import org.casework.registry.PersonCriteria;
import org.casework.registry.PersonInvalid;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Finds people on the register. Every part of the criteria is one indexed lookup (a name word by prefix or by sound
 * in {@code person_name_keys}, the date of birth, a reference, contact or postcode key), joined with AND; at most
 * {@link #CANDIDATES} people are read, ranked by how alike their names are to the one typed (Jaro-Winkler), and the
 * best {@link #SHOWN} returned. Records merged into another are never found.
 */
@Component
public class PeopleSearch {

    static final int CANDIDATES = 200;
    static final int SHOWN = 50;

    private static final JaroWinklerSimilarity SIMILARITY = new JaroWinklerSimilarity();

    private final JdbcClient db;
    private final PersonChecks checks;
    private final PersonReader reader;

    PeopleSearch(JdbcClient db, PersonChecks checks, PersonReader reader) {
        this.db = db;
        this.checks = checks;
        this.reader = reader;
    }

    private record Candidate(UUID id, String givenNames, String familyName, int postcodeRank) {}

    public PeopleFound search(PersonCriteria criteria) {
        if (criteria.isEmpty()) return new PeopleFound(List.of(), false);
        var problems = new ArrayList<Problem>();
        var dateOfBirth = checks.date(problems, "dateOfBirth", criteria.dateOfBirth(), "Date of birth");
        if (!problems.isEmpty()) throw new PersonInvalid(problems);

        var sql = new StringBuilder("select p.id, p.given_names, p.family_name, ");
        var params = new HashMap<String, Object>();
        var postcode = PersonChecks.text(criteria.postcode());
        if (postcode != null) {
            // People living there now come before those who lived there once.
            sql.append("case when exists (select 1 from person_addresses a where a.person_id = p.id"
                    + " and a.postcode_key = :postcode and a.to_date is null) then 0 else 1 end as postcode_rank");
            params.put("postcode", ContactKeys.postcodeKey(postcode));
        } else {
            sql.append("0 as postcode_rank");
        }
        sql.append(" from people p where p.merged_into is null");
        var words = NameKeys.words(criteria.name());
        for (int i = 0; i < words.size(); i++) {
            var word = NameKeys.truncated(words.get(i));
            var sounds = NameKeys.sounds(word);
            sql.append(" and p.id in (select person_id from person_name_keys where kind = 'name'"
                            + " and name_key like :word")
                    .append(i)
                    .append(" escape '\\'");
            params.put("word" + i, escaped(word) + "%");
            if (!sounds.isEmpty()) {
                sql.append(" union select person_id from person_name_keys where kind = 'sound' and name_key in (:sound")
                        .append(i)
                        .append(")");
                params.put("sound" + i, List.copyOf(sounds));
            }
            sql.append(")");
        }
        if (dateOfBirth != null) {
            sql.append(" and p.date_of_birth = :dob");
            params.put("dob", dateOfBirth);
        }
        var reference = PersonChecks.text(criteria.reference());
        if (reference != null) {
            sql.append(" and p.id in (select person_id from person_references where value_key = :reference)");
            params.put("reference", ContactKeys.referenceKey(reference));
        }
        var contact = PersonChecks.text(criteria.contact());
        if (contact != null) {
            sql.append(" and p.id in (select person_id from person_contacts where value_key in (:contact))");
            params.put("contact", List.copyOf(ContactKeys.searchKeysOf(contact)));
        }
        if (postcode != null) {
            sql.append(" and p.id in (select person_id from person_addresses where postcode_key = :postcode)");
        }
        sql.append(" order by postcode_rank, p.family_name, p.given_names, p.id limit ")
                .append(CANDIDATES + 1);

        var candidates = db.sql(sql.toString())
                .params(params)
                .query((rs, n) -> new Candidate(
                        rs.getObject("id", UUID.class),
                        rs.getString("given_names"),
                        rs.getString("family_name"),
                        rs.getInt("postcode_rank")))
                .list();
        var more = candidates.size() > SHOWN;
        var ranked = new ArrayList<>(candidates.subList(0, Math.min(candidates.size(), CANDIDATES)));
        if (!words.isEmpty()) {
            var scores = new HashMap<UUID, Double>();
            ranked.forEach(c -> scores.put(c.id(), likeness(words, c.givenNames() + " " + c.familyName())));
            ranked.sort(Comparator.comparingInt(Candidate::postcodeRank).thenComparing(c -> -scores.get(c.id())));
        }
        var ids = new LinkedHashSet<UUID>();
        ranked.stream().limit(SHOWN).forEach(c -> ids.add(c.id()));
        return new PeopleFound(reader.summaries(ids), more);
    }

    /** How alike the words typed are to a name, 0 to 1: each word's best likeness to a word of the name, averaged. */
    static double likeness(List<String> typed, String name) {
        var words = NameKeys.words(name);
        if (words.isEmpty()) return 0;
        return typed.stream()
                .mapToDouble(word -> words.stream()
                        .mapToDouble(other -> other.startsWith(word) ? 1.0 : SIMILARITY.apply(word, other))
                        .max()
                        .orElse(0))
                .average()
                .orElse(0);
    }

    private static String escaped(String word) {
        return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
