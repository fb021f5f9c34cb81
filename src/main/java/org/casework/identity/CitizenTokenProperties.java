package org.casework.identity;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long a citizen's API token works: until it has gone unused for {@code idleFor}, and never longer than {@code
 * lastsFor} after signing in, however often it is used. {@code touchEvery} bounds how often a use is written down.
 */
@ConfigurationProperties("casework.identity.citizen-tokens")
record CitizenTokenProperties(
        @DefaultValue("30d") Duration idleFor,
        @DefaultValue("90d") Duration lastsFor,
        @DefaultValue("1m") Duration touchEvery) {}
