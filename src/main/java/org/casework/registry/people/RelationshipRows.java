package org.casework.registry.people;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.casework.registry.PersonId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Relationships between people ({@code person_relationships}), each stored once from the side it was recorded. */
@Repository
public class RelationshipRows {

    /** One relationship: {@code from} is (type's label) {@code to}. */
    public record Line(UUID id, PersonId from, PersonId to, String type) {}

    private final JdbcClient db;
    private final Clock clock;

    RelationshipRows(JdbcClient db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    public UUID add(PersonId from, String type, PersonId to, String by) {
        var id = UUID.randomUUID();
        db.sql("""
                        insert into person_relationships (id, from_person, to_person, relationship_type, created_at,
                            created_by)
                        values (:id, :from, :to, :type, :now, :by)""")
                .param("id", id)
                .param("from", from.value())
                .param("to", to.value())
                .param("type", type)
                .param("now", Timestamp.from(clock.instant()))
                .param("by", by)
                .update();
        return id;
    }

    /** Whether this relationship, from this side, is recorded already. */
    public boolean exists(PersonId from, String type, PersonId to) {
        return db.sql("""
                                select count(*) from person_relationships
                                where from_person = :from and relationship_type = :type and to_person = :to""")
                        .param("type", type)
                        .param("from", from.value())
                        .param("to", to.value())
                        .query(Integer.class)
                        .single()
                > 0;
    }

    /** Every relationship the person is in, from either side. */
    public List<Line> of(PersonId person) {
        return db.sql("""
                        select * from person_relationships where from_person = :person
                        union all
                        select * from person_relationships where to_person = :person and from_person <> :person""")
                .param("person", person.value())
                .query((rs, n) -> new Line(
                        rs.getObject("id", UUID.class),
                        new PersonId(rs.getObject("from_person", UUID.class)),
                        new PersonId(rs.getObject("to_person", UUID.class)),
                        rs.getString("relationship_type")))
                .list();
    }

    public Optional<Line> find(PersonId person, UUID id) {
        return of(person).stream().filter(line -> line.id().equals(id)).findFirst();
    }

    public boolean remove(UUID id) {
        return db.sql("delete from person_relationships where id = :id")
                        .param("id", id)
                        .update()
                == 1;
    }

    /**
     * Moves both sides of the merged person's relationships to the survivor: one that would relate the survivor to
     * themselves is dropped, and so is one the survivor has already. Returns how many moved.
     */
    public int move(PersonId from, PersonId to) {
        var moved = 0;
        for (var line : of(from)) {
            var newFrom = line.from().equals(from) ? to : line.from();
            var newTo = line.to().equals(from) ? to : line.to();
            if (newFrom.equals(newTo) || exists(newFrom, line.type(), newTo)) {
                remove(line.id());
                continue;
            }
            db.sql("update person_relationships set from_person = :from, to_person = :to where id = :id")
                    .param("from", newFrom.value())
                    .param("to", newTo.value())
                    .param("id", line.id())
                    .update();
            moved++;
        }
        return moved;
    }
}
