package org.casework.casefile.people;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.casework.casefile.CasePerson;
import org.casework.engine.CaseId;
import org.casework.registry.PersonId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code case_people} table. */
@Repository
public class CasePeopleRows {

    private static final String COLUMNS = "case_id, person_id, role, main, added_by, added_at";

    private final JdbcClient db;

    CasePeopleRows(JdbcClient db) {
        this.db = db;
    }

    /** The case's people, the main person first, then in the order they were added. */
    public List<CasePerson> ofCase(CaseId caseId) {
        return db.sql("select " + COLUMNS + " from case_people where case_id = :caseId order by main desc, added_at")
                .param("caseId", caseId.value())
                .query(CasePeopleRows::row)
                .list();
    }

    public List<CasePerson> ofPeople(Collection<PersonId> people) {
        if (people.isEmpty()) return List.of();
        return db.sql("select " + COLUMNS + " from case_people where person_id in (:people)")
                .param("people", people.stream().map(PersonId::value).toList())
                .query(CasePeopleRows::row)
                .list();
    }

    /** False if the person already has that role on the case. */
    public boolean insert(CasePerson person) {
        return db.sql("""
                        insert into case_people (case_id, person_id, role, main, added_by, added_at)
                        select :caseId, :person, :role, :main, :by, :at
                        where not exists (select 1 from case_people
                                          where case_id = :caseId and person_id = :person and role = :role)""")
                        .param("caseId", person.caseId().value())
                        .param("person", person.person().value())
                        .param("role", person.role())
                        .param("main", person.main())
                        .param("by", person.addedBy())
                        .param("at", Timestamp.from(person.addedAt()))
                        .update()
                == 1;
    }

    public void clearMain(CaseId caseId) {
        db.sql("update case_people set main = false where case_id = :caseId and main")
                .param("caseId", caseId.value())
                .update();
    }

    public void makeMain(CasePerson person) {
        db.sql("update case_people set main = true where case_id = :caseId and person_id = :person and role = :role")
                .param("caseId", person.caseId().value())
                .param("person", person.person().value())
                .param("role", person.role())
                .update();
    }

    public boolean delete(CaseId caseId, PersonId person, String role) {
        return db.sql("delete from case_people where case_id = :caseId and person_id = :person and role = :role")
                        .param("caseId", caseId.value())
                        .param("person", person.value())
                        .param("role", role)
                        .update()
                == 1;
    }

    /**
     * Moves the merged person's rows to the survivor; a role the survivor already has on the same case is dropped
     * rather than doubled (keeping it main if the merged one was).
     */
    public void move(PersonId merged, PersonId survivor) {
        db.sql("""
                        update case_people set main = true
                        where person_id = :survivor and exists (
                            select 1 from case_people m
                            where m.person_id = :merged and m.case_id = case_people.case_id
                              and m.role = case_people.role and m.main)""")
                .param("merged", merged.value())
                .param("survivor", survivor.value())
                .update();
        db.sql("""
                        delete from case_people
                        where person_id = :merged and exists (
                            select 1 from case_people s
                            where s.person_id = :survivor and s.case_id = case_people.case_id
                              and s.role = case_people.role)""")
                .param("merged", merged.value())
                .param("survivor", survivor.value())
                .update();
        db.sql("update case_people set person_id = :survivor where person_id = :merged")
                .param("merged", merged.value())
                .param("survivor", survivor.value())
                .update();
    }

    private static CasePerson row(ResultSet rs, int n) throws SQLException {
        return new CasePerson(
                new CaseId(rs.getObject("case_id", UUID.class)),
                new PersonId(rs.getObject("person_id", UUID.class)),
                rs.getString("role"),
                rs.getBoolean("main"),
                rs.getString("added_by"),
                rs.getTimestamp("added_at").toInstant());
    }
}
