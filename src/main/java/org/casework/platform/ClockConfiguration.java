package org.casework.platform;

import java.time.Clock;
import java.time.Duration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One clock for the whole service, so tests can move time instead of waiting for it. */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        // Ticks in microseconds, the finest a database timestamp keeps, so an instant the API answers with (a new
        // case's createdAt) is the one later reads and filters see.
        return Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));
    }
}
