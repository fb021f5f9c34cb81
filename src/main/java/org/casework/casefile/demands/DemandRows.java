package org.casework.casefile.demands;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.casework.casefile.Demand;
import org.casework.casefile.DemandId;
import org.casework.engine.CaseId;
import org.casework.registry.LookupList;
import org.casework.registry.LookupLists;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code case_demands} table. */
@Repository
public class DemandRows {

    private static final String COLUMNS = "id, case_id, demand_type, demand_category, description, recorded_by,"
            + " recorded_at, resolved_by, resolved_at";

    private final JdbcClient db;
    private final LookupLists lookups;

    DemandRows(JdbcClient db, LookupLists lookups) {
        this.db = db;
        this.lookups = lookups;
    }

    /** What a new row holds beyond the demand itself: the case's reference and department, copied for reports. */
    public record NewRow(
            DemandId id,
            CaseId caseId,
            String caseReference,
            String department,
            String type,
            String category,
            String description,
            String recordedBy,
            Instant recordedAt) {}

    public void insert(NewRow row) {
        db.sql("""
                        insert into case_demands (id, case_id, case_reference, department, demand_type,
                            demand_category, description, recorded_by, recorded_at)
                        values (:id, :caseId, :reference, :department, :type, :category, :description, :by, :at)""")
                .param("id", row.id().value())
                .param("caseId", row.caseId().value())
                .param("reference", row.caseReference())
                .param("department", row.department())
                .param("type", row.type())
                .param("category", row.category())
                .param("description", row.description())
                .param("by", row.recordedBy())
                .param("at", Timestamp.from(row.recordedAt()))
                .update();
    }

    /** The case's demands, open ones first, then in the order they were recorded. */
    public List<Demand> of(CaseId caseId) {
        // Every label, retired ones too: an old demand keeps reading as it was recorded.
        var types = labels(LookupList.DEMAND_TYPES);
        var categories = labels(LookupList.DEMAND_CATEGORIES);
        return db.sql("select " + COLUMNS + " from case_demands where case_id = :caseId"
                        + " order by case when resolved_at is null then 0 else 1 end, recorded_at, id")
                .param("caseId", caseId.value())
                .query((rs, n) -> new Demand(
                        new DemandId(rs.getObject("id", UUID.class)),
                        new CaseId(rs.getObject("case_id", UUID.class)),
                        rs.getString("demand_type"),
                        types.getOrDefault(rs.getString("demand_type"), rs.getString("demand_type")),
                        rs.getString("demand_category"),
                        categories.getOrDefault(rs.getString("demand_category"), rs.getString("demand_category")),
                        rs.getString("description"),
                        rs.getString("recorded_by"),
                        rs.getTimestamp("recorded_at").toInstant(),
                        rs.getString("resolved_by"),
                        instant(rs.getTimestamp("resolved_at"))))
                .list();
    }

    public Optional<Demand> find(CaseId caseId, DemandId id) {
        return of(caseId).stream().filter(demand -> demand.id().equals(id)).findFirst();
    }

    /** Marks the demand resolved; false when it already was (or is not on the case). */
    public boolean resolve(CaseId caseId, DemandId id, String by, Instant at) {
        return db.sql("""
                        update case_demands set resolved_by = :by, resolved_at = :at
                        where id = :id and case_id = :caseId and resolved_at is null""")
                        .param("by", by)
                        .param("at", Timestamp.from(at))
                        .param("id", id.value())
                        .param("caseId", caseId.value())
                        .update()
                == 1;
    }

    private Map<String, String> labels(LookupList list) {
        var labels = new HashMap<String, String>();
        lookups.values(list).forEach(value -> labels.put(value.code(), value.label()));
        return labels;
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
