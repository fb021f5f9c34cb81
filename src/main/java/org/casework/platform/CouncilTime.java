package org.casework.platform;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** The time zone a council's days are counted in: a case received at 00:30 BST was received that day, not the day before. */
public final class CouncilTime {

    public static final ZoneId ZONE = ZoneId.of("Europe/London");

    private CouncilTime() {}

    public static LocalDate dayOf(Instant instant) {
        return LocalDate.ofInstant(instant, ZONE);
    }
}
