package org.casework.casefile.intentions;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.casework.casefile.Intention;
import org.casework.casefile.IntentionId;
import org.casework.casefile.IntentionState;
import org.casework.engine.CaseId;
import org.casework.registry.LookupList;
import org.casework.registry.LookupLists;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code case_intentions} table: follow-ups, by case and by owner. */
@Repository
public class IntentionRows {

    private static final String COLUMNS = "id, case_id, case_reference, intention_type, description, due_on, owner,"
            + " state, recorded_by, recorded_at, closed_by, closed_at";

    private final JdbcClient db;
    private final LookupLists lookups;

    IntentionRows(JdbcClient db, LookupLists lookups) {
        this.db = db;
        this.lookups = lookups;
    }

    /** A new follow-up, with the case's reference (for My tasks) and department (for reports) copied. */
    public record NewRow(
            IntentionId id,
            CaseId caseId,
            String caseReference,
            String department,
            String type,
            String description,
            LocalDate dueOn,
            String owner,
            String recordedBy,
            Instant recordedAt) {}

    public void insert(NewRow row) {
        db.sql("""
                        insert into case_intentions (id, case_id, case_reference, department, intention_type,
                            description, due_on, owner, state, recorded_by, recorded_at)
                        values (:id, :caseId, :reference, :department, :type, :description, :dueOn, :owner, 'open',
                            :by, :at)""")
                .param("id", row.id().value())
                .param("caseId", row.caseId().value())
                .param("reference", row.caseReference())
                .param("department", row.department())
                .param("type", row.type())
                .param("description", row.description())
                .param("dueOn", row.dueOn())
                .param("owner", row.owner())
                .param("by", row.recordedBy())
                .param("at", Timestamp.from(row.recordedAt()))
                .update();
    }

    /** The case's follow-ups: open ones first, soonest due first. */
    public List<Intention> of(CaseId caseId) {
        var labels = labels();
        return db.sql("select " + COLUMNS + " from case_intentions where case_id = :caseId"
                        + " order by case when state = 'open' then 0 else 1 end, due_on, recorded_at, id")
                .param("caseId", caseId.value())
                .query((rs, n) -> intention(rs, labels))
                .list();
    }

    public Optional<Intention> find(CaseId caseId, IntentionId id) {
        var labels = labels();
        return db.sql("select " + COLUMNS + " from case_intentions where id = :id and case_id = :caseId")
                .param("id", id.value())
                .param("caseId", caseId.value())
                .query((rs, n) -> intention(rs, labels))
                .optional();
    }

    /** The open follow-ups the person owns, soonest due first, at most {@code limit}. */
    public List<Intention> openOwnedBy(String owner, int limit) {
        var labels = labels();
        return db.sql("select " + COLUMNS + " from case_intentions where owner = :owner and state = 'open'"
                        + " order by due_on, case_reference, id limit :limit")
                .param("owner", owner)
                .param("limit", limit)
                .query((rs, n) -> intention(rs, labels))
                .list();
    }

    /** Ends an open follow-up; false when it was no longer open. */
    public boolean close(CaseId caseId, IntentionId id, IntentionState state, String by, Instant at) {
        return db.sql("""
                        update case_intentions set state = :state, closed_by = :by, closed_at = :at
                        where id = :id and case_id = :caseId and state = 'open'""")
                        .param("state", state.value())
                        .param("by", by)
                        .param("at", Timestamp.from(at))
                        .param("id", id.value())
                        .param("caseId", caseId.value())
                        .update()
                == 1;
    }

    /** Every label, retired ones too: an old follow-up keeps reading as it was recorded. */
    private Map<String, String> labels() {
        var labels = new HashMap<String, String>();
        lookups.values(LookupList.INTENTION_TYPES).forEach(value -> labels.put(value.code(), value.label()));
        return labels;
    }

    private static Intention intention(ResultSet rs, Map<String, String> labels) throws SQLException {
        var closedAt = rs.getTimestamp("closed_at");
        return new Intention(
                new IntentionId(rs.getObject("id", UUID.class)),
                new CaseId(rs.getObject("case_id", UUID.class)),
                rs.getString("case_reference"),
                rs.getString("intention_type"),
                labels.getOrDefault(rs.getString("intention_type"), rs.getString("intention_type")),
                rs.getString("description"),
                rs.getObject("due_on", LocalDate.class),
                rs.getString("owner"),
                IntentionState.of(rs.getString("state")),
                rs.getString("recorded_by"),
                rs.getTimestamp("recorded_at").toInstant(),
                rs.getString("closed_by"),
                closedAt == null ? null : closedAt.toInstant());
    }
}
