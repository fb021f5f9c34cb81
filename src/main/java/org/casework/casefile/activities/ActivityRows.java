package org.casework.casefile.activities;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.UUID;
import org.casework.casefile.Activity;
import org.casework.casefile.ActivityId;
import org.casework.engine.CaseId;
import org.casework.registry.LookupList;
import org.casework.registry.LookupLists;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code case_activities} table: time recorded on cases. */
@Repository
public class ActivityRows {

    private final JdbcClient db;
    private final LookupLists lookups;

    ActivityRows(JdbcClient db, LookupLists lookups) {
        this.db = db;
        this.lookups = lookups;
    }

    /** A new row: the activity, with the case's reference and department copied for reports. */
    public record NewRow(
            ActivityId id,
            CaseId caseId,
            String caseReference,
            String department,
            String taskCategory,
            String description,
            String doneBy,
            int minutes,
            LocalDate doneOn,
            String recordedBy,
            Instant recordedAt) {}

    public void insert(NewRow row) {
        db.sql("""
                        insert into case_activities (id, case_id, case_reference, department, task_category,
                            description, done_by, minutes, done_on, recorded_by, recorded_at)
                        values (:id, :caseId, :reference, :department, :category, :description, :doneBy, :minutes,
                            :doneOn, :by, :at)""")
                .param("id", row.id().value())
                .param("caseId", row.caseId().value())
                .param("reference", row.caseReference())
                .param("department", row.department())
                .param("category", row.taskCategory())
                .param("description", row.description())
                .param("doneBy", row.doneBy())
                .param("minutes", row.minutes())
                .param("doneOn", row.doneOn())
                .param("by", row.recordedBy())
                .param("at", Timestamp.from(row.recordedAt()))
                .update();
    }

    /** The case's activities, most recent day first. */
    public List<Activity> of(CaseId caseId) {
        // Every label, retired ones too: old time keeps reading as it was recorded.
        var labels = new HashMap<String, String>();
        lookups.values(LookupList.TASK_CATEGORIES).forEach(value -> labels.put(value.code(), value.label()));
        return db.sql("""
                        select id, case_id, task_category, description, done_by, minutes, done_on, recorded_by,
                            recorded_at
                        from case_activities where case_id = :caseId order by done_on desc, recorded_at desc, id""")
                .param("caseId", caseId.value())
                .query((rs, n) -> new Activity(
                        new ActivityId(rs.getObject("id", UUID.class)),
                        new CaseId(rs.getObject("case_id", UUID.class)),
                        rs.getString("task_category"),
                        labels.getOrDefault(rs.getString("task_category"), rs.getString("task_category")),
                        rs.getString("description"),
                        rs.getString("done_by"),
                        rs.getInt("minutes"),
                        rs.getObject("done_on", LocalDate.class),
                        rs.getString("recorded_by"),
                        rs.getTimestamp("recorded_at").toInstant()))
                .list();
    }
}
