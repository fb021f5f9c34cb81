package org.casework.notification;

import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.casework.platform.CouncilTime;
import org.casework.work.InvalidCursor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The delivery log: every message the outbox holds, newest first, searched by case, recipient, status, channel and
 * day. Pages follow the {@code (created_at, id)} index with an opaque cursor, so an older page costs the same as the
 * first however long the log grows.
 */
@Service
public class Deliveries {

    /** The statuses a message can have, in the order it usually passes through them. */
    public static final List<String> STATUSES =
            List.of("pending", "sending", "sent", "delivered", "failed", "fell-back", "not-sent");

    public static final int MAX_PAGE = 200;

    private static final Set<String> CHANNELS = Set.of("email", "sms", "webhook", "none");

    private final JdbcClient db;

    Deliveries(JdbcClient db) {
        this.db = db;
    }

    /** Up to {@code limit} messages matching the criteria, older than the cursor {@code after} if given. */
    public DeliveryPage search(DeliveryCriteria criteria, String after, int limit) {
        var size = Math.max(1, Math.min(limit, MAX_PAGE));
        var where = new ArrayList<String>();
        var params = new LinkedHashMap<String, Object>();
        if (present(criteria.caseReference())) {
            where.add("case_reference = :reference");
            params.put("reference", criteria.caseReference().strip().toUpperCase(Locale.ROOT));
        }
        if (present(criteria.recipient())) {
            where.add("(lower(recipient) like :recipient escape '\\' or lower(address) like :recipient escape '\\')");
            params.put(
                    "recipient", "%" + likeEscaped(criteria.recipient().strip().toLowerCase(Locale.ROOT)) + "%");
        }
        if (present(criteria.status())) {
            where.add("status = :status");
            params.put("status", criteria.status());
        }
        if (present(criteria.channel())) {
            where.add("channel = :channel");
            params.put("channel", criteria.channel());
        }
        if (criteria.from() != null) {
            where.add("created_at >= :from");
            params.put(
                    "from",
                    Timestamp.from(
                            criteria.from().atStartOfDay(CouncilTime.ZONE).toInstant()));
        }
        if (criteria.to() != null) {
            where.add("created_at < :to");
            params.put(
                    "to",
                    Timestamp.from(criteria.to()
                            .plusDays(1)
                            .atStartOfDay(CouncilTime.ZONE)
                            .toInstant()));
        }
        if (after != null && !after.isBlank()) {
            var cursor = Cursor.read(after);
            where.add("(created_at < :at or (created_at = :at and id < :id))");
            params.put("at", Timestamp.from(cursor.at()));
            params.put("id", cursor.id());
        }
        var sql = """
                select id, case_id, case_reference, template_key, recipient, channel, provider, address, subject, status,
                       attempts, last_error, created_at, sent_at, delivered_at
                from notifications
                """
                + (where.isEmpty() ? "" : "where " + String.join(" and ", where) + "\n")
                + "order by created_at desc, id desc limit " + (size + 1);
        var statement = db.sql(sql);
        for (var param : params.entrySet()) statement = statement.param(param.getKey(), param.getValue());
        var found = statement.query(Deliveries::view).list();
        if (found.size() <= size) return new DeliveryPage(found, null);
        var page = found.subList(0, size);
        var last = page.getLast();
        return new DeliveryPage(List.copyOf(page), new Cursor(last.createdAt(), last.id()).write());
    }

    /** Whether the value is a status or channel the log knows, for checking a search before running it. */
    public static boolean knownStatus(String status) {
        return STATUSES.contains(status);
    }

    public static boolean knownChannel(String channel) {
        return CHANNELS.contains(channel);
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    private static String likeEscaped(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static DeliveryView view(ResultSet row, int n) throws SQLException {
        return new DeliveryView(
                row.getObject("id", UUID.class),
                row.getObject("case_id", UUID.class),
                row.getString("case_reference"),
                row.getString("template_key"),
                row.getString("recipient"),
                row.getString("channel"),
                row.getString("provider"),
                row.getString("address"),
                row.getString("subject"),
                row.getString("status"),
                row.getInt("attempts"),
                row.getString("last_error"),
                instant(row, "created_at"),
                instant(row, "sent_at"),
                instant(row, "delivered_at"));
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        var at = row.getTimestamp(column);
        return at == null ? null : at.toInstant();
    }

    /** Where a page ended: the last message's time and id, written as base64url text. */
    private record Cursor(Instant at, UUID id) {

        String write() {
            return Base64.getUrlEncoder()
                    .withoutPadding()
                    .encodeToString((at + "|" + id).getBytes(StandardCharsets.UTF_8));
        }

        static Cursor read(String text) {
            try {
                var parts = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8).split("\\|");
                if (parts.length != 2) throw new InvalidCursor();
                return new Cursor(Instant.parse(parts[0]), UUID.fromString(parts[1]));
            } catch (IllegalArgumentException | java.time.DateTimeException e) {
                throw new InvalidCursor();
            }
        }
    }
}
