package org.casework.identity;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How hard sign-in is to guess at, for staff and citizens, on the pages and through the API: {@code maxFailures} wrong
 * passwords or codes in a row lock the account for {@code lockout}.
 */
@ConfigurationProperties("casework.sign-in")
public record SignInProperties(
        @DefaultValue("5") int maxFailures,
        @DefaultValue("15m") Duration lockout) {}
