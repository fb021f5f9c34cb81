package org.casework.engine;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The engine's settings: the council's own closure days on top of the England and Wales bank holidays, and bank
 * holidays it works on; how often the SLA check looks for warnings and breaches that have fallen due.
 */
@ConfigurationProperties("casework.engine")
public record EngineProperties(
        @DefaultValue Calendar calendar, @DefaultValue SlaChecks slaChecks) {

    public record Calendar(
            @DefaultValue List<LocalDate> extraHolidays,
            @DefaultValue List<LocalDate> workedHolidays) {}

    /**
     * The recurring SLA check: every {@code every}, it announces the warnings and breaches due, {@code batchSize}
     * cases to a read. Without {@code enabled} it is never scheduled (tests run it by hand, with their own clock).
     */
    public record SlaChecks(
            @DefaultValue("true") boolean enabled,
            @DefaultValue("5m") Duration every,
            @DefaultValue("100") int batchSize) {}
}
