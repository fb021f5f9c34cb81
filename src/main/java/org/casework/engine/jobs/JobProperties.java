package org.casework.engine.jobs;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the job runner behaves. {@code maxAttempts} counts the first run: a job that fails that many times becomes an
 * incident. A node running a job says so every {@code heartbeatInterval}; after six missed beats the other nodes take
 * it for dead and run its jobs again (db-scheduler's dead-execution detection).
 */
@ConfigurationProperties("casework.jobs")
public record JobProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("2s") Duration pollingInterval,
        @DefaultValue("4") int threads,
        @DefaultValue("5") int maxAttempts,
        @DefaultValue("10s") Duration firstRetryDelay,
        @DefaultValue("30s") Duration heartbeatInterval) {}
