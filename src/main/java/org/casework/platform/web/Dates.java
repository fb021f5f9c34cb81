package org.casework.platform.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.casework.platform.CouncilTime;
import org.springframework.stereotype.Component;

/**
 * Dates and times as GOV.UK pages write them ("23 November 2026", "23 November 2026 at 2:15pm"), in the council's
 * time zone whatever the server's. Templates call it as {@code ${@dates.day(task.dueOn)}}.
 */
@Component("dates")
public class Dates {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter SHORT_DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("h:mma", Locale.UK);

    public String day(LocalDate day) {
        return day == null ? "" : DAY.format(day);
    }

    public String shortDay(LocalDate day) {
        return day == null ? "" : SHORT_DAY.format(day);
    }

    public String dayAndTime(Instant instant) {
        if (instant == null) return "";
        var local = instant.atZone(CouncilTime.ZONE);
        return DAY.format(local) + " at " + TIME.format(local).toLowerCase(Locale.UK);
    }

    public String shortDayAndTime(Instant instant) {
        if (instant == null) return "";
        var local = instant.atZone(CouncilTime.ZONE);
        return SHORT_DAY.format(local) + " " + TIME.format(local).toLowerCase(Locale.UK);
    }
}
