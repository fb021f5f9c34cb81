package org.casework.engine.calls;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.casework.engine.CaseId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code api_callbacks} table: the SHA-256 of each one-time callback token, its case and the visit it is for. */
@Repository
public class CallbackRows {

    /** A callback address handed out: for which case, step and visit, and when it was used, if it was. */
    public record Callback(CaseId caseId, String step, int visit, Instant usedAt) {}

    private final JdbcClient db;

    CallbackRows(JdbcClient db) {
        this.db = db;
    }

    void insert(String tokenHash, CaseId caseId, String step, int visit, Instant now) {
        db.sql("""
                        insert into api_callbacks (token_hash, case_id, step_key, visit, created_at)
                        values (:hash, :caseId, :step, :visit, :now)""")
                .param("hash", tokenHash)
                .param("caseId", caseId.value())
                .param("step", step)
                .param("visit", visit)
                .param("now", Timestamp.from(now))
                .update();
    }

    public Optional<Callback> find(String tokenHash) {
        return db.sql("select case_id, step_key, visit, used_at from api_callbacks where token_hash = :hash")
                .param("hash", tokenHash)
                .query((rs, n) -> {
                    var used = rs.getTimestamp("used_at");
                    return new Callback(
                            new CaseId(rs.getObject("case_id", UUID.class)),
                            rs.getString("step_key"),
                            rs.getInt("visit"),
                            used == null ? null : used.toInstant());
                })
                .optional();
    }

    /** Marks every address handed out for the visit used: once the case has its answer, none works again. */
    public void useAll(CaseId caseId, int visit, Instant now) {
        db.sql("update api_callbacks set used_at = :now where case_id = :caseId and visit = :visit and used_at is null")
                .param("now", Timestamp.from(now))
                .param("caseId", caseId.value())
                .param("visit", visit)
                .update();
    }
}
