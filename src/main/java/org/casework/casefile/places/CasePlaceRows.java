package org.casework.casefile.places;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.casework.engine.CaseId;
import org.casework.registry.Uprn;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code case_places} table. */
@Repository
public class CasePlaceRows {

    /** A case at one of the places asked about. */
    public record AtPlace(CaseId caseId, Uprn uprn) {}

    private final JdbcClient db;

    CasePlaceRows(JdbcClient db) {
        this.db = db;
    }

    public Optional<Uprn> of(CaseId caseId) {
        return db.sql("select uprn from case_places where case_id = :caseId")
                .param("caseId", caseId.value())
                .query(Long.class)
                .optional()
                .map(Uprn::new);
    }

    /** Sets the case's place, replacing any before (update first: H2 has no "on conflict do update"). */
    public void set(CaseId caseId, Uprn uprn, String by, Instant at) {
        var changed = db.sql("update case_places set uprn = :uprn, set_by = :by, set_at = :at where case_id = :caseId")
                .param("caseId", caseId.value())
                .param("uprn", uprn.value())
                .param("by", by)
                .param("at", Timestamp.from(at))
                .update();
        if (changed == 0) {
            db.sql("insert into case_places (case_id, uprn, set_by, set_at) values (:caseId, :uprn, :by, :at)")
                    .param("caseId", caseId.value())
                    .param("uprn", uprn.value())
                    .param("by", by)
                    .param("at", Timestamp.from(at))
                    .update();
        }
    }

    public boolean clear(CaseId caseId) {
        return db.sql("delete from case_places where case_id = :caseId")
                        .param("caseId", caseId.value())
                        .update()
                == 1;
    }

    /** The cases at these places, newest first, at most {@code limit}. */
    public List<AtPlace> at(List<Uprn> uprns, int limit) {
        if (uprns.isEmpty()) return List.of();
        return db.sql("""
                        select case_id, uprn from case_places where uprn in (:uprns)
                        order by set_at desc limit :limit""")
                .param("uprns", uprns.stream().map(Uprn::value).toList())
                .param("limit", limit)
                .query((rs, n) ->
                        new AtPlace(new CaseId(rs.getObject("case_id", UUID.class)), new Uprn(rs.getLong("uprn"))))
                .list();
    }
}
