package org.casework.notification.channels;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Webhook calls ({@code casework.webhooks.*}): how long to wait for a receiver to accept the connection, and then for
 * its answer. A receiver slower than that is treated as down for now; the outbox tries again later.
 */
@ConfigurationProperties("casework.webhooks")
record WebhookProperties(
        @DefaultValue("5s") Duration connectTimeout,
        @DefaultValue("10s") Duration readTimeout) {}
