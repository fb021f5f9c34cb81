package org.casework.notification;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.casework.platform.DatabaseDialect;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** The {@code notifications} table: the outbox and, once sent, the delivery log. */
@Component
class OutboxRows {

    /** A row as the sending job needs it. */
    record Row(
            UUID id,
            UUID caseId,
            String caseReference,
            String occurrence,
            String template,
            String recipient,
            Planned message,
            List<Planned> fallbacks,
            String status,
            int attempts,
            String dedupeKey) {

        OutgoingMessage outgoing() {
            return new OutgoingMessage(
                    id, message.kind(), message.address(), message.subject(), message.body(), caseReference);
        }
    }

    /** A new row: who it is for, what goes first, and what to try after. */
    record NewRow(
            UUID caseId,
            String caseReference,
            String occurrence,
            String template,
            String recipient,
            Planned message,
            List<Planned> fallbacks,
            UUID fallbackOf,
            String dedupeKey) {}

    private final JdbcClient db;
    private final DatabaseDialect dialect;
    private final JsonMapper json;
    private final Clock clock;

    OutboxRows(JdbcClient db, DatabaseDialect dialect, JsonMapper json, Clock clock) {
        this.db = db;
        this.dialect = dialect;
        this.json = json;
        this.clock = clock;
    }

    /** Writes the row unless one with the same dedupe key exists; returns its id if this call wrote it. */
    Optional<UUID> insert(NewRow row) {
        return insert(row, "pending", null);
    }

    /** Keeps a message that could not be addressed to anyone, with the reason; false if it was kept already. */
    boolean insertNotSent(NewRow row, String reason) {
        return insert(row, "not-sent", reason).isPresent();
    }

    private Optional<UUID> insert(NewRow row, String status, String error) {
        var id = UUID.randomUUID();
        var written = db.sql("""
                        insert into notifications
                            (id, case_id, case_reference, occurrence, template_key, recipient, channel, address,
                             subject, body, fallbacks, fallback_of, status, last_error, dedupe_key, created_at)
                        values (:id, :caseId, :reference, :occurrence, :template, :recipient, :channel, :address,
                                :subject, :body, :fallbacks, :fallbackOf, :status, :error, :dedupeKey, :now)
                        on conflict do nothing""")
                .param("id", id)
                .param("caseId", row.caseId())
                .param("reference", row.caseReference())
                .param("occurrence", row.occurrence())
                .param("template", row.template())
                .param("recipient", row.recipient())
                .param("channel", row.message().channel())
                .param("address", row.message().address())
                .param("subject", row.message().subject())
                .param("body", row.message().body())
                .param("fallbacks", dialect.json(json.writeValueAsString(row.fallbacks())))
                .param("fallbackOf", row.fallbackOf())
                .param("dedupeKey", row.dedupeKey())
                .param("status", status)
                .param("error", truncated(error))
                .param("now", Timestamp.from(clock.instant()))
                .update();
        return written == 1 ? Optional.of(id) : Optional.empty();
    }

    /** The row, locked until the transaction ends. */
    Optional<Row> lock(UUID id) {
        return db.sql("""
                        select id, case_id, case_reference, occurrence, template_key, recipient, channel, address,
                               subject, body, fallbacks, status, attempts, dedupe_key
                        from notifications where id = :id for update""").param("id", id).query(this::row).optional();
    }

    void startAttempt(UUID id) {
        db.sql("""
                        update notifications set status = 'sending', attempts = attempts + 1, last_attempt_at = :now
                        where id = :id""")
                .param("id", id)
                .param("now", Timestamp.from(clock.instant()))
                .update();
    }

    void sent(UUID id, String provider, String providerReference) {
        db.sql("""
                        update notifications set status = 'sent', provider = :provider,
                            provider_reference = :reference, sent_at = :now, last_error = null
                        where id = :id and status = 'sending'""")
                .param("id", id)
                .param("provider", provider)
                .param("reference", providerReference)
                .param("now", Timestamp.from(clock.instant()))
                .update();
    }

    void ended(UUID id, String status, String provider, String error) {
        db.sql("""
                        update notifications set status = :status, provider = coalesce(:provider, provider),
                            last_error = :error
                        where id = :id and status in ('sending', 'sent')""")
                .param("id", id)
                .param("status", status)
                .param("provider", provider)
                .param("error", truncated(error))
                .update();
    }

    /** A delivery report from the provider; a final state is never replaced by an earlier one arriving late. */
    boolean delivered(UUID id, String status, Instant at, String error) {
        return db.sql("""
                        update notifications set status = :status, delivered_at = :at, last_error = :error
                        where id = :id and status in ('sending', 'sent')""")
                        .param("id", id)
                        .param("status", status)
                        .param("at", at == null ? null : Timestamp.from(at))
                        .param("error", truncated(error))
                        .update()
                > 0;
    }

    private static String truncated(String error) {
        return error == null || error.length() <= 1000 ? error : error.substring(0, 997) + "...";
    }

    private Row row(ResultSet rs, int n) throws SQLException {
        return new Row(
                rs.getObject("id", UUID.class),
                rs.getObject("case_id", UUID.class),
                rs.getString("case_reference"),
                rs.getString("occurrence"),
                rs.getString("template_key"),
                rs.getString("recipient"),
                new Planned(
                        rs.getString("channel"),
                        rs.getString("address"),
                        rs.getString("subject"),
                        rs.getString("body")),
                Arrays.asList(json.readValue(rs.getString("fallbacks"), Planned[].class)),
                rs.getString("status"),
                rs.getInt("attempts"),
                rs.getString("dedupe_key"));
    }
}
