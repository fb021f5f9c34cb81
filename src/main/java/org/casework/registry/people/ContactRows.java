package org.casework.registry.people;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.casework.registry.PersonId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Contact details ({@code person_contacts}) and other systems' references ({@code person_references}): the same shape
 * — a type code, the value as typed, and the key it is compared by — so one class keeps both.
 */
@Repository
public class ContactRows {

    /** Which of the two tables. */
    public enum Kind {
        CONTACT("person_contacts", "contact_type", "contact_value"),
        REFERENCE("person_references", "reference_type", "reference_value");

        private final String table;
        private final String typeColumn;
        private final String valueColumn;

        Kind(String table, String typeColumn, String valueColumn) {
            this.table = table;
            this.typeColumn = typeColumn;
            this.valueColumn = valueColumn;
        }
    }

    /** One row: whose, which type, the value as typed and its key. */
    public record Line(UUID id, PersonId person, String type, String value, String key) {}

    private final JdbcClient db;

    ContactRows(JdbcClient db) {
        this.db = db;
    }

    public UUID add(Kind kind, PersonId person, String type, String value, String key, Instant now) {
        var id = UUID.randomUUID();
        db.sql("insert into " + kind.table + " (id, person_id, " + kind.typeColumn + ", " + kind.valueColumn
                        + ", value_key, created_at) values (:id, :person, :type, :value, :key, :now)")
                .param("id", id)
                .param("person", person.value())
                .param("type", type)
                .param("value", value)
                .param("key", key)
                .param("now", Timestamp.from(now))
                .update();
        return id;
    }

    public List<Line> of(Kind kind, PersonId person) {
        return db.sql("select * from " + kind.table + " where person_id = :person order by created_at, id")
                .param("person", person.value())
                .query((rs, n) -> line(kind, rs))
                .list();
    }

    /** The rows, of anyone not merged away, whose key is one of these (the duplicate check). */
    public List<Line> withKeys(Kind kind, Collection<String> keys) {
        if (keys.isEmpty()) return List.of();
        return db.sql("select c.* from " + kind.table + " c join people p on p.id = c.person_id"
                        + " where c.value_key in (:keys) and p.merged_into is null")
                .param("keys", keys)
                .query((rs, n) -> line(kind, rs))
                .list();
    }

    /** Removes one row of the person's; false if they have no such row. */
    public boolean remove(Kind kind, PersonId person, UUID id) {
        return db.sql("delete from " + kind.table + " where id = :id and person_id = :person")
                        .param("id", id)
                        .param("person", person.value())
                        .update()
                == 1;
    }

    /**
     * Moves every row of one person to another (merging), dropping those the survivor has already (same type and
     * key); returns how many moved.
     */
    public int move(Kind kind, PersonId from, PersonId to) {
        db.sql("delete from " + kind.table + " where person_id = :from and exists (select 1 from " + kind.table
                        + " kept where kept.person_id = :to and kept." + kind.typeColumn + " = " + kind.table + "."
                        + kind.typeColumn + " and kept.value_key = " + kind.table + ".value_key)")
                .param("from", from.value())
                .param("to", to.value())
                .update();
        return db.sql("update " + kind.table + " set person_id = :to where person_id = :from")
                .param("to", to.value())
                .param("from", from.value())
                .update();
    }

    public int count(Kind kind, PersonId person) {
        return db.sql("select count(*) from " + kind.table + " where person_id = :person")
                .param("person", person.value())
                .query(Integer.class)
                .single();
    }

    private static Line line(Kind kind, java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Line(
                rs.getObject("id", UUID.class),
                new PersonId(rs.getObject("person_id", UUID.class)),
                rs.getString(kind.typeColumn),
                rs.getString(kind.valueColumn),
                rs.getString("value_key"));
    }
}
