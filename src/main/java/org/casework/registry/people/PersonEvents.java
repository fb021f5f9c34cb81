package org.casework.registry.people;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import org.casework.registry.PersonEvent;
import org.casework.registry.PersonId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** A person record's audit trail ({@code person_events}): only ever added to, read newest first. */
@Repository
public class PersonEvents {

    public static final String CREATED = "created";
    public static final String CHANGED = "changed";
    public static final String MERGED = "merged";

    private final JdbcClient db;
    private final Clock clock;

    PersonEvents(JdbcClient db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    public void record(PersonId person, String actor, String what, String detail) {
        db.sql("""
                        insert into person_events (person_id, happened_at, actor, what, detail)
                        values (:person, :at, :actor, :what, :detail)""")
                .param("person", person.value())
                .param("at", Timestamp.from(clock.instant()))
                .param("actor", actor)
                .param("what", what)
                .param("detail", detail.length() > 2000 ? detail.substring(0, 2000) : detail)
                .update();
    }

    public List<PersonEvent> of(PersonId person) {
        return db.sql("select * from person_events where person_id = :person order by id desc")
                .param("person", person.value())
                .query((rs, n) -> new PersonEvent(
                        rs.getTimestamp("happened_at").toInstant(),
                        rs.getString("actor"),
                        rs.getString("what"),
                        rs.getString("detail")))
                .list();
    }
}
