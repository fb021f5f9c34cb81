package org.casework.notification.channels;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import org.casework.notification.NotificationDeliveryReported;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes Notify's delivery receipts and announces each one once as {@link NotificationDeliveryReported}. Notify sends a
 * receipt again when our answer was lost or slow, so each (notification, status) is written to
 * {@code notify_receipts} first and only a new row is announced, in the same transaction: a listener that fails rolls
 * the row back and Notify's next try announces it again.
 */
@Component
class NotifyReceipts {

    private static final Logger log = LoggerFactory.getLogger(NotifyReceipts.class);

    private final JdbcClient db;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    NotifyReceipts(JdbcClient db, ApplicationEventPublisher events, Clock clock) {
        this.db = db;
        this.events = events;
        this.clock = clock;
    }

    /** Whether the receipt was new; one that cannot be ours is logged and dropped, never refused (Notify would retry). */
    @Transactional
    boolean take(DeliveryReceipt receipt) {
        var outgoing = uuid(receipt.reference());
        if (receipt.id() == null || receipt.status() == null || outgoing == null) {
            log.info(
                    "Ignored a Notify delivery receipt that names no message of ours (notification {}, status {})",
                    receipt.id(),
                    receipt.status());
            return false;
        }
        var completedAt = instant(receipt.completedAt());
        var written = db.sql("""
                        insert into notify_receipts (notify_id, status, outgoing_id, completed_at, received_at)
                        values (:notifyId, :status, :outgoingId, :completedAt, :receivedAt)
                        on conflict do nothing""")
                .param("notifyId", limit(receipt.id(), 100))
                .param("status", limit(receipt.status(), 40))
                .param("outgoingId", outgoing)
                .param("completedAt", completedAt == null ? null : Timestamp.from(completedAt))
                .param("receivedAt", Timestamp.from(clock.instant()))
                .update();
        if (written == 0) return false;
        events.publishEvent(new NotificationDeliveryReported(outgoing, receipt.status(), completedAt));
        return true;
    }

    private static UUID uuid(String reference) {
        if (reference == null) return null;
        try {
            return UUID.fromString(reference);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Instant instant(String text) {
        if (text == null || text.isBlank()) return null;
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            log.info("A Notify delivery receipt's completed_at could not be read: {}", text);
            return null;
        }
    }

    private static String limit(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length);
    }
}
