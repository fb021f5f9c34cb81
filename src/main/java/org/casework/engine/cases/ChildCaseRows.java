package org.casework.engine.cases;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.casework.engine.CaseId;
import org.casework.engine.ChildCase;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code child_cases} table: which case started which, and whether the parent has taken each child's end in. */
@Repository
class ChildCaseRows {

    private static final String COLUMNS = "child_id, parent_id, parent_step, parent_token, entry, process_key,"
            + " child_reference, waited, started_at, ended_at, outcome, reported";

    private final JdbcClient jdbc;

    ChildCaseRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One child as the engine keeps it: the public view plus the visit and entry that say what it returns. */
    record Link(ChildCase view, Integer token, Integer entry, boolean reported) {}

    void insert(Link link) {
        var view = link.view();
        jdbc.sql("insert into child_cases (" + COLUMNS + ") values (:child, :parent, :step, :token, :entry, :process,"
                        + " :reference, :waited, :startedAt, :endedAt, :outcome, :reported)")
                .param("child", view.child().value())
                .param("parent", view.parent().value())
                .param("step", view.step())
                .param("token", link.token())
                .param("entry", link.entry())
                .param("process", view.process())
                .param("reference", view.childReference())
                .param("waited", view.waited())
                .param("startedAt", Timestamp.from(view.startedAt()))
                .param("endedAt", view.endedAt() == null ? null : Timestamp.from(view.endedAt()))
                .param("outcome", view.outcome())
                .param("reported", link.reported())
                .update();
    }

    Optional<Link> ofChild(CaseId child) {
        return jdbc.sql("select " + COLUMNS + " from child_cases where child_id = :child")
                .param("child", child.value())
                .query(ChildCaseRows::row)
                .optional();
    }

    /** Records the child's end, once: false when it was already recorded. */
    boolean ended(CaseId child, Instant at, String outcome) {
        return jdbc.sql("update child_cases set ended_at = :at, outcome = :outcome"
                                + " where child_id = :child and ended_at is null")
                        .param("child", child.value())
                        .param("at", Timestamp.from(at))
                        .param("outcome", outcome)
                        .update()
                > 0;
    }

    /** The parent's children, oldest first. */
    List<Link> ofParent(CaseId parent) {
        return jdbc.sql("select " + COLUMNS + " from child_cases where parent_id = :parent"
                        + " order by started_at, parent_token, entry, child_id")
                .param("parent", parent.value())
                .query(ChildCaseRows::row)
                .list();
    }

    void reported(Collection<CaseId> children) {
        if (children.isEmpty()) return;
        jdbc.sql("update child_cases set reported = true where child_id in (:children)")
                .param("children", children.stream().map(CaseId::value).toList())
                .update();
    }

    private static Link row(ResultSet rs, int n) throws SQLException {
        var endedAt = rs.getTimestamp("ended_at");
        var view = new ChildCase(
                new CaseId(rs.getObject("parent_id", UUID.class)),
                new CaseId(rs.getObject("child_id", UUID.class)),
                rs.getString("child_reference"),
                rs.getString("process_key"),
                rs.getString("parent_step"),
                rs.getBoolean("waited"),
                rs.getTimestamp("started_at").toInstant(),
                endedAt == null ? null : endedAt.toInstant(),
                rs.getString("outcome"));
        return new Link(
                view,
                rs.getObject("parent_token", Integer.class),
                rs.getObject("entry", Integer.class),
                rs.getBoolean("reported"));
    }
}
