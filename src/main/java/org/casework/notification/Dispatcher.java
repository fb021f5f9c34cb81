package org.casework.notification;

import java.util.Map;
import java.util.UUID;
import org.casework.engine.CaseId;
import org.casework.engine.Cases;
import org.casework.engine.TimelineEntry;
import org.casework.platform.Secrets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends one outbox row: marks it {@code sending} and commits, hands it to its channel outside any transaction (a slow
 * provider holds no lock or connection), then records the outcome — sent, retry later, or fall back to the
 * recipient's next channel, each on the case's timeline.
 *
 * <p>Never twice: the row is marked before the channel is called, so a run that finds it already {@code sending} knows
 * an earlier run was cut off mid-send. It asks the channel whether that attempt arrived ({@link
 * Channel#earlierAttempt}; Notify can tell by reference) and sends only if not. SMTP and webhooks cannot be asked:
 * for them the message goes again under the same id, which webhook receivers are told to check; the window is the
 * moment between the provider accepting and the row being marked sent.
 */
@Component
class Dispatcher {

    private static final Logger log = LoggerFactory.getLogger(Dispatcher.class);

    private record Attempt(OutboxRows.Row row, boolean interrupted) {}

    private final OutboxRows rows;
    private final Channels channels;
    private final SendJob sendJob;
    private final Cases cases;
    private final TransactionTemplate transaction;
    private final NotificationProperties properties;
    private final CaseValues values;

    Dispatcher(
            CaseValues values,
            OutboxRows rows,
            Channels channels,
            SendJob sendJob,
            Cases cases,
            TransactionTemplate transaction,
            NotificationProperties properties) {
        this.rows = rows;
        this.channels = channels;
        this.sendJob = sendJob;
        this.cases = cases;
        this.transaction = transaction;
        this.properties = properties;
        this.values = values;
    }

    void send(UUID id) {
        var attempt = transaction.execute(status -> begin(id));
        if (attempt == null) return;
        var row = attempt.row();
        Delivery delivery = null;
        String provider = null;
        // Whether an attempt cut off mid-send may have arrived, and the provider could not say: the row stays
        // "sending" so the next run asks again rather than sending.
        var stillUnknown = false;
        try {
            var message = row.outgoing();
            if (row.caseId() != null)
                message = values.forRecipient(row, message, () -> cases.get(new CaseId(row.caseId())));
            var channel = channels.ready(message.kind());
            provider = channel.map(Channel::provider).orElse(null);
            if (channel.isEmpty()) {
                delivery = Channels.notSetUp(message.kind());
            } else {
                if (attempt.interrupted()) {
                    delivery = channel.get().earlierAttempt(message).orElse(null);
                    stillUnknown = delivery instanceof Delivery.Refused refused && !refused.permanent();
                }
                if (delivery == null) delivery = Channels.sendSafely(channel.get(), message);
            }
        } catch (RuntimeException e) {
            // Reading the case or the settings failed: a passing fault, counted like a refusal so it ends in time.
            log.warn(
                    "Notification {} could not be prepared: {}",
                    row.id(),
                    e.getClass().getSimpleName());
            delivery = new Delivery.Refused(
                    "It could not be prepared: " + e.getClass().getSimpleName(), false);
        }
        var sentBy = provider;
        var outcome = delivery;
        var unknown = stillUnknown;
        var retry = Boolean.TRUE.equals(transaction.execute(status -> record(row, sentBy, outcome, unknown)));
        if (retry) throw new DeliveryDelayed(((Delivery.Refused) outcome).reason());
    }

    private Attempt begin(UUID id) {
        var row = rows.lock(id).orElse(null);
        if (row == null || !(row.status().equals("pending") || row.status().equals("sending"))) return null;
        rows.startAttempt(id);
        // Still "sending": a run died mid-send. Tried before at all: the provider may have taken it even though the
        // attempt timed out or failed on our side. Either way, ask before sending again.
        return new Attempt(row, row.status().equals("sending") || row.attempts() > 0);
    }

    /** Records the outcome; true if the row should be tried again later. */
    private boolean record(OutboxRows.Row row, String provider, Delivery delivery, boolean stillUnknown) {
        var attempts = row.attempts() + 1;
        if (delivery instanceof Delivery.Accepted accepted) {
            rows.sent(row.id(), provider, accepted.providerReference());
            timeline(row, "notification-sent", Map.of("provider", provider));
            return false;
        }
        var refused = (Delivery.Refused) delivery;
        if (!refused.permanent() && attempts < properties.maxAttempts()) {
            rows.ended(row.id(), stillUnknown ? "sending" : "pending", provider, refused.reason());
            return true;
        }
        fallBack(row, provider, refused.reason());
        return false;
    }

    /**
     * What the provider later said became of a message it took. Delivered is recorded; any failure (a bounce, a phone
     * switched off for days) falls back to the recipient's next channel as a refusal would. A receipt for a message
     * already in a final state — a late or out-of-order one — changes nothing.
     */
    @EventListener
    void on(NotificationDeliveryReported report) {
        var row = rows.lock(report.outgoingId()).orElse(null);
        if (row == null || !(row.status().equals("sent") || row.status().equals("sending"))) return;
        if (report.status().equals("delivered")) {
            rows.delivered(row.id(), "delivered", report.completedAt(), null);
            timeline(row, "notification-delivered", Map.of());
        } else if (report.status().endsWith("failure")) {
            fallBack(row, null, "The provider could not deliver it (" + report.status() + ")");
        }
    }

    private void fallBack(OutboxRows.Row row, String provider, String reason) {
        log.warn("Notification {} by {} failed: {}", row.id(), row.message().channel(), reason);
        if (row.fallbacks().isEmpty()) {
            rows.ended(row.id(), "failed", provider, reason);
            timeline(row, "notification-failed", Map.of("reason", reason));
            return;
        }
        var next = row.fallbacks().getFirst();
        var dedupeKey = Secrets.sha256(row.dedupeKey() + "|" + next.channel() + ":" + next.address());
        var written = rows.insert(new OutboxRows.NewRow(
                row.caseId(),
                row.caseReference(),
                row.occurrence(),
                row.template(),
                row.recipient(),
                next,
                row.fallbacks().subList(1, row.fallbacks().size()),
                row.id(),
                dedupeKey));
        written.ifPresent(sendJob::schedule);
        rows.ended(row.id(), "fell-back", provider, reason);
        timeline(row, "notification-fell-back", Map.of("reason", reason, "fallback", next.channel()));
    }

    private void timeline(OutboxRows.Row row, String type, Map<String, Object> more) {
        if (row.caseId() == null) return;
        var detail = new java.util.LinkedHashMap<String, Object>(TimelineEntry.details(
                "channel", row.message().channel(), "recipient", row.recipient(), "template", row.template()));
        more.forEach((key, value) -> {
            if (value != null) detail.put(key, value);
        });
        cases.record(new CaseId(row.caseId()), type, "system", null, detail);
    }

    /** Thrown to have the job runner try again after a wait. */
    static final class DeliveryDelayed extends RuntimeException {
        DeliveryDelayed(String reason) {
            super(reason, null, false, false);
        }
    }
}
