package org.casework.notification;

import java.util.UUID;

/**
 * One message from the outbox, rendered and ready to go. {@code id} is the outbox row's id and stays the same on every
 * attempt, so a channel passes it on as the provider's reference or idempotency key (Notify's {@code reference}, a
 * webhook's id header, an email's Message-ID) and a receiver can recognise a repeat. {@code to} is an email address,
 * a mobile number, or the key of a registered webhook. {@code body} is GOV.UK Notify's plain-text formatting for
 * email and SMS, and the JSON document for a webhook.
 */
public record OutgoingMessage(
        UUID id, ChannelKind kind, String to, String subject, String body, String caseReference) {}
