package org.casework.notification;

import java.time.Instant;

/** A registered webhook as administrators see it: never its secret. {@code key} is what a definition names. */
public record WebhookEndpoint(String key, String url, boolean active, Instant createdAt, Instant updatedAt) {}
