package org.casework.engine.cases;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.casework.engine.CaseId;
import org.casework.engine.TimelineEntry;
import org.casework.platform.DatabaseDialect;
import org.casework.platform.SqlTimes;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The append-only {@code timeline_events} table. A command's events are written in one batch. */
@Repository
public class TimelineRows {

    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {};

    /** An event waiting to be written. */
    public record NewEvent(
            CaseId caseId, Instant at, String type, String actor, String step, Map<String, Object> detail) {}

    private static final int ROWS_PER_STATEMENT = 50;
    private static final String INSERT =
            "insert into timeline_events (case_id, at, type, actor, step_key, detail) values ";
    private static final String ROW = "(?, ?, ?, ?, ?, ?)";

    private final JdbcTemplate jdbcTemplate;
    private final JdbcClient jdbc;
    private final DatabaseDialect dialect;
    private final JsonMapper json;

    TimelineRows(JdbcTemplate jdbcTemplate, JdbcClient jdbc, DatabaseDialect dialect, JsonMapper json) {
        this.jdbcTemplate = jdbcTemplate;
        this.jdbc = jdbc;
        this.dialect = dialect;
        this.json = json;
    }

    /**
     * Adds events to the timeline. Inside a transaction they are held and written in one batch just before it
     * commits, so everything one command records (the engine's moves, the task the work module created, who claimed
     * it) costs one round trip; outside a transaction they are written at once.
     */
    public void append(List<NewEvent> events) {
        if (events.isEmpty()) return;
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            write(events);
            return;
        }
        @SuppressWarnings("unchecked")
        var pending = (List<NewEvent>) TransactionSynchronizationManager.getResource(this);
        if (pending == null) {
            var batch = new ArrayList<NewEvent>();
            TransactionSynchronizationManager.bindResource(this, batch);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void beforeCommit(boolean readOnly) {
                    write(batch);
                }

                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(TimelineRows.this);
                }
            });
            pending = batch;
        }
        pending.addAll(events);
    }

    /**
     * One multi-row insert per {@value #ROWS_PER_STATEMENT} events. A JDBC batch would do, but the driver rewrites a
     * batch into inserts of 2^k rows, so seven events cost three statements; these statements differ only in their
     * number of placeholders, so the driver prepares each row count once.
     */
    private void write(List<NewEvent> events) {
        for (int from = 0; from < events.size(); from += ROWS_PER_STATEMENT) {
            var chunk = events.subList(from, Math.min(events.size(), from + ROWS_PER_STATEMENT));
            var values = new Object[chunk.size() * 6];
            int i = 0;
            for (var event : chunk) {
                values[i++] = event.caseId().value();
                values[i++] = SqlTimes.of(event.at());
                values[i++] = event.type();
                values[i++] = event.actor();
                values[i++] = event.step();
                values[i++] = event.detail() == null || event.detail().isEmpty()
                        ? null
                        : dialect.json(json.writeValueAsString(event.detail()));
            }
            jdbcTemplate.update(INSERT + String.join(", ", Collections.nCopies(chunk.size(), ROW)), values);
        }
    }

    public List<TimelineEntry> of(CaseId caseId) {
        return jdbc.sql("select id, at, type, actor, step_key, detail from timeline_events where case_id = :id"
                        + " order by id")
                .param("id", caseId.value())
                .query((rs, n) -> {
                    var detail = rs.getString("detail");
                    return new TimelineEntry(
                            rs.getLong("id"),
                            rs.getTimestamp("at").toInstant(),
                            rs.getString("type"),
                            rs.getString("actor"),
                            rs.getString("step_key"),
                            detail == null ? Map.of() : json.readValue(detail, MAP));
                })
                .list();
    }
}
