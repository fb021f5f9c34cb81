package org.casework.notification;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How notifications go out. {@code emailProvider} picks the email channel ({@code smtp} or {@code notify}); a message
 * refused for a passing reason is tried {@code maxAttempts} times in all, the waits growing from {@code
 * firstRetryDelay}, and then falls back to the recipient's next channel. {@code from} is the sender of SMTP email.
 */
@ConfigurationProperties("casework.notifications")
public record NotificationProperties(
        @DefaultValue("smtp") String emailProvider,
        @DefaultValue("5") int maxAttempts,
        @DefaultValue("30s") Duration firstRetryDelay,
        @DefaultValue("casework@localhost") String from) {}
