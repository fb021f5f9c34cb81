package org.casework.work;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** The work module's settings: how often the untouched-task check runs. */
@ConfigurationProperties("casework.work")
public record WorkProperties(@DefaultValue UntouchedChecks untouchedChecks) {

    /**
     * The recurring check for tasks nobody has touched for their process's {@code sla.remindAfterWorkingDays}: every
     * {@code every}, {@code batchSize} tasks to a read. Without {@code enabled} it is never scheduled (tests run it by
     * hand, with their own clock).
     */
    public record UntouchedChecks(
            @DefaultValue("true") boolean enabled,
            @DefaultValue("5m") Duration every,
            @DefaultValue("100") int batchSize) {}
}
