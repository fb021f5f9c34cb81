package org.casework.conversation;

import java.time.LocalTime;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Information requests: the reminder goes out {@code reminderWorkingDays} working days before the reply-by day, at
 * {@code reminderTime} council time.
 */
@ConfigurationProperties("casework.information-requests")
public record InformationRequestProperties(
        @DefaultValue("2") int reminderWorkingDays,
        @DefaultValue("09:00") LocalTime reminderTime) {}
