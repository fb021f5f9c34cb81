package org.casework.casefile.conditions;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.UUID;
import org.casework.casefile.SystemCondition;
import org.casework.casefile.SystemConditionId;
import org.casework.engine.CaseId;
import org.casework.registry.LookupList;
import org.casework.registry.LookupLists;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code case_system_conditions} table: what got in the way on cases. */
@Repository
public class SystemConditionRows {

    private final JdbcClient db;
    private final LookupLists lookups;

    SystemConditionRows(JdbcClient db, LookupLists lookups) {
        this.db = db;
        this.lookups = lookups;
    }

    /** A new row, with the case's reference and department copied for reports. */
    public record NewRow(
            SystemConditionId id,
            CaseId caseId,
            String caseReference,
            String department,
            String condition,
            String note,
            String recordedBy,
            Instant recordedAt) {}

    public void insert(NewRow row) {
        db.sql("""
                        insert into case_system_conditions (id, case_id, case_reference, department, condition_code,
                            note, recorded_by, recorded_at)
                        values (:id, :caseId, :reference, :department, :condition, :note, :by, :at)""")
                .param("id", row.id().value())
                .param("caseId", row.caseId().value())
                .param("reference", row.caseReference())
                .param("department", row.department())
                .param("condition", row.condition())
                .param("note", row.note())
                .param("by", row.recordedBy())
                .param("at", Timestamp.from(row.recordedAt()))
                .update();
    }

    /** The case's system conditions, oldest first. */
    public List<SystemCondition> of(CaseId caseId) {
        // Every label, retired ones too: an old record keeps reading as it was recorded.
        var labels = new HashMap<String, String>();
        lookups.values(LookupList.SYSTEM_CONDITIONS).forEach(value -> labels.put(value.code(), value.label()));
        return db.sql("""
                        select id, case_id, condition_code, note, recorded_by, recorded_at
                        from case_system_conditions where case_id = :caseId order by recorded_at, id""")
                .param("caseId", caseId.value())
                .query((rs, n) -> new SystemCondition(
                        new SystemConditionId(rs.getObject("id", UUID.class)),
                        new CaseId(rs.getObject("case_id", UUID.class)),
                        rs.getString("condition_code"),
                        labels.getOrDefault(rs.getString("condition_code"), rs.getString("condition_code")),
                        rs.getString("note"),
                        rs.getString("recorded_by"),
                        rs.getTimestamp("recorded_at").toInstant()))
                .list();
    }
}
