package org.casework.identity.web;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How hard sign-in is to guess at: {@code maxFailures} wrong passwords in a row lock the account for {@code lockout}.
 */
@ConfigurationProperties("casework.sign-in")
record SignInProperties(
        @DefaultValue("5") int maxFailures,
        @DefaultValue("15m") Duration lockout) {}
