/**
 * Notifications: templates, channels (SMTP email, GOV.UK Notify email and SMS, webhooks), the outbox that sends each
 * message exactly once after the event's transaction commits, and the delivery log.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications")
package org.casework.notification;
