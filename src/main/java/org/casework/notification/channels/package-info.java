/**
 * The channels beside SMTP email: GOV.UK Notify email and SMS through the official client, with the receiver for
 * Notify's delivery receipts, and signed webhooks to the endpoints registered in {@code webhook_endpoints}. Each
 * channel hands one message on and says what happened; retrying, falling back and the delivery log are the outbox's.
 */
package org.casework.notification.channels;
