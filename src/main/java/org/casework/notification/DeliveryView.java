package org.casework.notification;

import java.time.Instant;
import java.util.UUID;

/**
 * One message in the delivery log: for which case, from which template, to whom (the recipient as the action named
 * them, and the address used), by which channel and provider, and how it went ({@code status}: pending, sending,
 * sent, delivered, failed, fell-back or not-sent, with the last error).
 */
public record DeliveryView(
        UUID id,
        UUID caseId,
        String caseReference,
        String template,
        String recipient,
        String channel,
        String provider,
        String address,
        String subject,
        String status,
        int attempts,
        String lastError,
        Instant createdAt,
        Instant sentAt,
        Instant deliveredAt) {}
