package org.casework.portal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.casework.engine.CaseId;
import org.casework.engine.CaseView;
import org.casework.engine.Cases;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Which requests belong to which citizen account: a citizen sees only their own. */
@Service
public class CitizenRequests {

    /** More than a citizen has in years; the page says so if there are more. */
    public static final int PAGE_SIZE = 100;

    private final JdbcClient db;
    private final Cases cases;
    private final Clock clock;

    CitizenRequests(JdbcClient db, Cases cases, Clock clock) {
        this.db = db;
        this.cases = cases;
        this.clock = clock;
    }

    /** Records the case as the citizen's; a case already someone's stays theirs. */
    public void record(CaseId caseId, UUID citizen) {
        if (ownerOf(caseId).isPresent()) return;
        db.sql("insert into citizen_requests (case_id, citizen_id, created_at) values (:caseId, :citizen, :now)")
                .param("caseId", caseId.value())
                .param("citizen", citizen)
                .param("now", Timestamp.from(clock.instant()))
                .update();
    }

    public Optional<UUID> ownerOf(CaseId caseId) {
        return db.sql("select citizen_id from citizen_requests where case_id = :caseId")
                .param("caseId", caseId.value())
                .query(UUID.class)
                .optional();
    }

    /** The citizen's requests, newest first. */
    public List<CaseView> of(UUID citizen) {
        var ids = db.sql("""
                        select case_id from citizen_requests where citizen_id = :citizen
                        order by created_at desc, case_id fetch first :limit rows only""")
                .param("citizen", citizen)
                .param("limit", PAGE_SIZE)
                .query((row, n) -> new CaseId(row.getObject("case_id", UUID.class)))
                .list();
        var found = cases.getAll(ids);
        return ids.stream().map(found::get).filter(java.util.Objects::nonNull).toList();
    }
}
