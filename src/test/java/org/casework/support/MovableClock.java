package org.casework.support;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A clock that stands still until a test moves it: the service's {@code Clock} bean in tests of what happens as days
 * pass. Jobs a test runs by hand then see the day the test chose.
 */
public final class MovableClock extends Clock {

    private volatile Instant now;

    public MovableClock(Instant now) {
        this.now = now;
    }

    public void set(Instant instant) {
        now = instant;
    }

    /** Moves the clock to the morning of the day: 09:00 UTC, which is 09:00 or 10:00 council time. */
    public void moveTo(LocalDate day) {
        now = day.atTime(9, 0).toInstant(ZoneOffset.UTC);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(now, zone);
    }

    @Override
    public Instant instant() {
        return now;
    }
}
