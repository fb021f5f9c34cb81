package org.casework.notification;

import java.time.Instant;
import java.util.UUID;

/**
 * A provider told us what became of a message it took: GOV.UK Notify's delivery receipt. {@code outgoingId} is the
 * outbox id the message was sent with; {@code status} is the provider's word ({@code delivered},
 * {@code permanent-failure}, {@code temporary-failure}, {@code technical-failure}); {@code completedAt} is null
 * while the provider is still trying. The same receipt is announced once, however often the provider repeats it;
 * receipts can arrive out of order.
 */
public record NotificationDeliveryReported(UUID outgoingId, String status, Instant completedAt) {}
