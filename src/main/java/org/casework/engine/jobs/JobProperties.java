package org.casework.engine.jobs;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the job runner behaves. {@code maxAttempts} counts the first run: a job that fails that many times becomes an
 * incident.
 */
@ConfigurationProperties("casework.jobs")
public record JobProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("2s") Duration pollingInterval,
        @DefaultValue("4") int threads,
        @DefaultValue("5") int maxAttempts,
        @DefaultValue("10s") Duration firstRetryDelay) {}
