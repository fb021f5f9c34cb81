package org.casework.registry.gazetteer;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.casework.registry.GazetteerImport;
import org.casework.registry.GazetteerImportId;
import org.casework.registry.GazetteerImportStatus;
import org.casework.registry.GazetteerRejection;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The {@code gazetteer_imports} and {@code gazetteer_rejections} tables: each import's progress, written as it goes
 * (outside the import's own transaction) so that any node can show it. An import that has said nothing for
 * {@code stalled-after} while running is shown as failed: the node reading it stopped.
 */
@Component
class ImportRecords {

    static final String STALLED = "The import stopped before it finished (the server reading the file may have"
            + " restarted); no place was changed. Upload the file again.";

    private final JdbcClient db;
    private final Clock clock;
    private final GazetteerProperties properties;

    ImportRecords(JdbcClient db, Clock clock, GazetteerProperties properties) {
        this.db = db;
        this.clock = clock;
        this.properties = properties;
    }

    OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    void create(GazetteerImportId id, String layout, String fileName, String startedBy) {
        db.sql("""
                        insert into gazetteer_imports (id, layout, file_name, status, started_by, started_at, heartbeat_at)
                        values (:id, :layout, :fileName, 'QUEUED', :startedBy, :now, :now)""")
                .param("id", id.value())
                .param("layout", layout)
                .param("fileName", fileName)
                .param("startedBy", startedBy)
                .param("now", now())
                .update();
    }

    void progress(GazetteerImportId id, GazetteerImportStatus status, long read, long imported, long rejected) {
        db.sql("""
                        update gazetteer_imports set status = :status, rows_read = :read, rows_imported = :imported,
                            rows_rejected = :rejected, heartbeat_at = :now
                        where id = :id""")
                .param("status", status.name())
                .param("read", read)
                .param("imported", imported)
                .param("rejected", rejected)
                .param("now", now())
                .param("id", id.value())
                .update();
    }

    void finish(GazetteerImportId id, long read, long imported, long rejected, long changed, long retired) {
        db.sql("""
                        update gazetteer_imports set status = 'FINISHED', rows_read = :read, rows_imported = :imported,
                            rows_rejected = :rejected, places_changed = :changed, places_retired = :retired,
                            heartbeat_at = :now, finished_at = :now
                        where id = :id""")
                .param("read", read)
                .param("imported", imported)
                .param("rejected", rejected)
                .param("changed", changed)
                .param("retired", retired)
                .param("now", now())
                .param("id", id.value())
                .update();
    }

    void fail(GazetteerImportId id, String failure) {
        db.sql("""
                        update gazetteer_imports set status = 'FAILED', failure = :failure, heartbeat_at = :now,
                            finished_at = :now
                        where id = :id""")
                .param("failure", failure.length() > 1000 ? failure.substring(0, 999) + "…" : failure)
                .param("now", now())
                .param("id", id.value())
                .update();
    }

    /** Keeps these rejections (the first {@code rejections-kept} of an import; the count is always complete). */
    void reject(GazetteerImportId id, List<GazetteerRejection> rejections) {
        if (rejections.isEmpty()) return;
        for (var rejection : rejections) {
            db.sql("insert into gazetteer_rejections (import_id, line_number, reason) values (:id, :line, :reason)")
                    .param("id", id.value())
                    .param("line", rejection.lineNumber())
                    .param(
                            "reason",
                            rejection.reason().length() > 500
                                    ? rejection.reason().substring(0, 499) + "…"
                                    : rejection.reason())
                    .update();
        }
    }

    Optional<GazetteerImport> find(GazetteerImportId id) {
        return db.sql(SELECT + " where id = :id")
                .param("id", id.value())
                .query(this::importOf)
                .optional();
    }

    List<GazetteerImport> recent(int limit) {
        return db.sql(SELECT + " order by started_at desc limit :limit")
                .param("limit", limit)
                .query(this::importOf)
                .list();
    }

    List<GazetteerRejection> rejections(GazetteerImportId id, long afterLine, int limit) {
        return db.sql("""
                        select line_number, reason from gazetteer_rejections
                        where import_id = :id and line_number > :after
                        order by line_number limit :limit""")
                .param("id", id.value())
                .param("after", afterLine)
                .param("limit", limit)
                .query((row, n) -> new GazetteerRejection(row.getLong("line_number"), row.getString("reason")))
                .list();
    }

    private static final String SELECT = """
            select id, layout, file_name, status, rows_read, rows_imported, rows_rejected, places_changed,
                places_retired, failure, started_by, started_at, heartbeat_at, finished_at
            from gazetteer_imports""";

    private GazetteerImport importOf(ResultSet row, int n) throws SQLException {
        var status = GazetteerImportStatus.valueOf(row.getString("status"));
        var failure = row.getString("failure");
        var heartbeat = row.getObject("heartbeat_at", OffsetDateTime.class);
        if (!status.isDone() && heartbeat.plus(properties.stalledAfter()).isBefore(now())) {
            status = GazetteerImportStatus.FAILED;
            failure = STALLED;
        }
        var finished = row.getObject("finished_at", OffsetDateTime.class);
        return new GazetteerImport(
                new GazetteerImportId(row.getObject("id", java.util.UUID.class)),
                row.getString("layout"),
                row.getString("file_name"),
                status,
                row.getLong("rows_read"),
                row.getLong("rows_imported"),
                row.getLong("rows_rejected"),
                (Long) row.getObject("places_changed", Long.class),
                (Long) row.getObject("places_retired", Long.class),
                failure,
                row.getString("started_by"),
                row.getObject("started_at", OffsetDateTime.class).toInstant(),
                finished == null ? null : finished.toInstant());
    }
}
