package org.casework.registry.people;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.casework.registry.Person.PreviousName;
import org.casework.registry.PersonId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code people} table, the names people were known by before, and the name keys searching reads. */
@Repository
public class PersonRows {

    /** A row of {@code people}. */
    public record Row(
            PersonId id,
            String givenNames,
            String familyName,
            LocalDate dateOfBirth,
            UUID citizenAccount,
            PersonId mergedInto,
            Instant createdAt,
            String createdBy) {

        public String name() {
            return givenNames + " " + familyName;
        }
    }

    private final JdbcClient db;
    private final Clock clock;

    PersonRows(JdbcClient db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    public void insert(
            PersonId id, String givenNames, String familyName, LocalDate dateOfBirth, Instant now, String by) {
        db.sql("""
                        insert into people (id, given_names, family_name, date_of_birth, created_at, created_by,
                            row_version)
                        values (:id, :given, :family, :dob, :now, :by, 0)""")
                .param("id", id.value())
                .param("given", givenNames)
                .param("family", familyName)
                .param("dob", dateOfBirth)
                .param("now", Timestamp.from(now))
                .param("by", by)
                .update();
        rebuildNameKeys(id);
    }

    public Optional<Row> find(PersonId id) {
        return db.sql("select * from people where id = :id")
                .param("id", id.value())
                .query(PersonRows::row)
                .optional();
    }

    /** The row, locked until the transaction ends, so two changes to one person follow each other. */
    public Optional<Row> lock(PersonId id) {
        return db.sql("select * from people where id = :id for update")
                .param("id", id.value())
                .query(PersonRows::row)
                .optional();
    }

    public List<Row> all(List<UUID> ids) {
        if (ids.isEmpty()) return List.of();
        return db.sql("select * from people where id in (:ids)")
                .param("ids", ids)
                .query(PersonRows::row)
                .list();
    }

    public Optional<Row> byCitizenAccount(UUID account) {
        return db.sql("select * from people where citizen_account = :account")
                .param("account", account)
                .query(PersonRows::row)
                .optional();
    }

    public void rename(PersonId id, String givenNames, String familyName) {
        db.sql("""
                        update people set given_names = :given, family_name = :family, row_version = row_version + 1
                        where id = :id""")
                .param("given", givenNames)
                .param("family", familyName)
                .param("id", id.value())
                .update();
        rebuildNameKeys(id);
    }

    public void setDateOfBirth(PersonId id, LocalDate dateOfBirth) {
        db.sql("update people set date_of_birth = :dob, row_version = row_version + 1 where id = :id")
                .param("dob", dateOfBirth)
                .param("id", id.value())
                .update();
    }

    public void setCitizenAccount(PersonId id, UUID account) {
        db.sql("update people set citizen_account = :account, row_version = row_version + 1 where id = :id")
                .param("account", account)
                .param("id", id.value())
                .update();
    }

    /** Leaves the record as a tombstone pointing at the survivor. */
    public void markMerged(PersonId merged, PersonId survivor) {
        db.sql("""
                        update people set merged_into = :survivor, citizen_account = null, row_version = row_version + 1
                        where id = :id""")
                .param("survivor", survivor.value())
                .param("id", merged.value())
                .update();
        db.sql("delete from person_name_keys where person_id = :id")
                .param("id", merged.value())
                .update();
    }

    /** Records that still point at a record merged into another now point at its survivor. */
    public void repointTombstones(PersonId from, PersonId to) {
        db.sql("update people set merged_into = :to where merged_into = :from")
                .param("to", to.value())
                .param("from", from.value())
                .update();
    }

    public void addPreviousName(PersonId id, String givenNames, String familyName, LocalDate changedOn) {
        db.sql("""
                        insert into person_previous_names (id, person_id, given_names, family_name, changed_on,
                            recorded_at)
                        values (:id, :person, :given, :family, :changedOn, :now)""")
                .param("id", UUID.randomUUID())
                .param("person", id.value())
                .param("given", givenNames)
                .param("family", familyName)
                .param("changedOn", changedOn)
                .param("now", Timestamp.from(clock.instant()))
                .update();
        rebuildNameKeys(id);
    }

    public List<PreviousName> previousNames(PersonId id) {
        return db.sql("""
                        select * from person_previous_names where person_id = :id
                        order by changed_on desc nulls last, recorded_at desc""")
                .param("id", id.value())
                .query((rs, n) -> new PreviousName(
                        rs.getObject("id", UUID.class),
                        rs.getString("given_names"),
                        rs.getString("family_name"),
                        rs.getObject("changed_on", LocalDate.class)))
                .list();
    }

    /** Moves the previous names of one person to another (merging); returns how many moved. */
    public int movePreviousNames(PersonId from, PersonId to) {
        return db.sql("update person_previous_names set person_id = :to where person_id = :from")
                .param("to", to.value())
                .param("from", from.value())
                .update();
    }

    /** Writes the search keys afresh from the person's current and previous names. */
    public void rebuildNameKeys(PersonId id) {
        db.sql("delete from person_name_keys where person_id = :id")
                .param("id", id.value())
                .update();
        var names = new ArrayList<String>();
        find(id).ifPresent(row -> {
            names.add(row.givenNames());
            names.add(row.familyName());
        });
        previousNames(id).forEach(previous -> {
            names.add(previous.givenNames());
            names.add(previous.familyName());
        });
        for (var key : NameKeys.keysOf(names)) {
            db.sql("insert into person_name_keys (kind, name_key, person_id) values (:kind, :key, :id)")
                    .param("kind", key.kind())
                    .param("key", key.key())
                    .param("id", id.value())
                    .update();
        }
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        var merged = rs.getObject("merged_into", UUID.class);
        return new Row(
                new PersonId(rs.getObject("id", UUID.class)),
                rs.getString("given_names"),
                rs.getString("family_name"),
                rs.getObject("date_of_birth", LocalDate.class),
                rs.getObject("citizen_account", UUID.class),
                merged == null ? null : new PersonId(merged),
                rs.getTimestamp("created_at").toInstant(),
                rs.getString("created_by"));
    }
}
