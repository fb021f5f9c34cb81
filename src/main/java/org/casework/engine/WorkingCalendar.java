package org.casework.engine;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The working days that service levels are measured in: every day except the non-working days of the week (Saturday
 * and Sunday unless told otherwise) and the listed holidays.
 *
 * <p>Due dates follow the way councils count "10 working days from receipt": counting starts on the first working day
 * after the case is received, and a case received on a day that is not a working day counts as received on the next
 * working day. So a case received on a Friday with one working day is due on Monday, and one received on a Saturday is
 * treated as received on Monday and is due on Tuesday.
 *
 * <p>Immutable and safe to share between threads. The holiday list only covers the years it lists; asking about a
 * year outside them logs one warning per year, because bank holidays that year would silently count as working days.
 */
public final class WorkingCalendar {

    private static final System.Logger LOG = System.getLogger(WorkingCalendar.class.getName());

    private static final String ENGLAND_AND_WALES_LIST = "/calendar/bank-holidays-england-and-wales.txt";

    private static final Set<DayOfWeek> WEEKEND = Set.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);

    private final Set<LocalDate> holidays;
    private final Set<DayOfWeek> nonWorkingDays;
    private final int firstListedYear;
    private final int lastListedYear;
    /** Shared with calendars derived from this one, so a missing year is reported once, not once per council. */
    private final Set<Integer> yearsWarnedAbout;

    /** A calendar closed on Saturdays, Sundays and the given holidays, covering the years those holidays span. */
    public WorkingCalendar(Set<LocalDate> holidays) {
        this(holidays, WEEKEND);
    }

    /** A calendar closed on the given days of the week and the given holidays, covering the years they span. */
    public WorkingCalendar(Set<LocalDate> holidays, Set<DayOfWeek> nonWorkingDays) {
        this(
                holidays,
                nonWorkingDays,
                holidays.stream().mapToInt(LocalDate::getYear).min().orElse(Integer.MIN_VALUE),
                holidays.stream().mapToInt(LocalDate::getYear).max().orElse(Integer.MAX_VALUE),
                ConcurrentHashMap.newKeySet());
    }

    private WorkingCalendar(
            Collection<LocalDate> holidays,
            Set<DayOfWeek> nonWorkingDays,
            int firstListedYear,
            int lastListedYear,
            Set<Integer> yearsWarnedAbout) {
        if (nonWorkingDays.containsAll(EnumSet.allOf(DayOfWeek.class))) {
            throw new IllegalArgumentException("A working calendar needs at least one working day in the week");
        }
        this.holidays = Collections.unmodifiableSortedSet(new TreeSet<>(holidays));
        Set<DayOfWeek> closed = EnumSet.noneOf(DayOfWeek.class);
        closed.addAll(nonWorkingDays);
        this.nonWorkingDays = Collections.unmodifiableSet(closed);
        this.firstListedYear = firstListedYear;
        this.lastListedYear = lastListedYear;
        this.yearsWarnedAbout = yearsWarnedAbout;
    }

    /** The bank holidays of England and Wales, from the list bundled with the engine, with weekends off. */
    public static WorkingCalendar englandAndWales() {
        return Bundled.ENGLAND_AND_WALES;
    }

    /** This calendar with the council's own closure days added, such as an extra day at Christmas. */
    public WorkingCalendar withExtraHolidays(Collection<LocalDate> extraHolidays) {
        return withChanges(extraHolidays, Set.of());
    }

    /**
     * This calendar with the council's own closure days added and the holidays it works through removed. Removing a
     * date that is not a holiday is refused, since it is almost certainly a mistyped date.
     */
    public WorkingCalendar withChanges(Collection<LocalDate> extraHolidays, Collection<LocalDate> removedHolidays) {
        for (LocalDate removed : removedHolidays) {
            if (!holidays.contains(removed)) {
                throw new IllegalArgumentException(
                        "Cannot remove " + removed + " from the working calendar: it is not a holiday");
            }
            if (extraHolidays.contains(removed)) {
                throw new IllegalArgumentException(
                        "Cannot both add and remove " + removed + " in the working calendar");
            }
        }
        Set<LocalDate> changed = new HashSet<>(holidays);
        changed.removeAll(removedHolidays);
        changed.addAll(extraHolidays);
        return new WorkingCalendar(changed, nonWorkingDays, firstListedYear, lastListedYear, yearsWarnedAbout);
    }

    /** The holidays in this calendar, in date order. */
    public Set<LocalDate> holidays() {
        return holidays;
    }

    /** Whether the council is open on this day: not a non-working day of the week and not a holiday. */
    public boolean isWorkingDay(LocalDate day) {
        warnIfUnlisted(day.getYear());
        return !nonWorkingDays.contains(day.getDayOfWeek()) && !holidays.contains(day);
    }

    /** The first working day strictly after this day. */
    public LocalDate nextWorkingDay(LocalDate day) {
        LocalDate next = day.plusDays(1);
        while (!isWorkingDay(next)) {
            next = next.plusDays(1);
        }
        return next;
    }

    /**
     * The date {@code days} working days after a case received on {@code start}, counting from the next working day
     * as the class describes; zero days gives the day of receipt itself, or the next working day if it is not one.
     */
    public LocalDate addWorkingDays(LocalDate start, int days) {
        Objects.requireNonNull(start, "start");
        if (days < 0) {
            throw new IllegalArgumentException("Cannot add " + days + " working days to " + start
                    + ": a number of working days cannot be negative");
        }
        LocalDate due = isWorkingDay(start) ? start : nextWorkingDay(start);
        for (int counted = 0; counted < days; counted++) {
            due = nextWorkingDay(due);
        }
        return due;
    }

    /**
     * How many working days fall after {@code from} and on or before {@code to}; negative, with the same size, when
     * {@code to} is before {@code from}. It is a plain count: unlike {@link #addWorkingDays}, it does not move a
     * non-working {@code from} to the next working day.
     */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return -workingDaysBetween(to, from);
        }
        int count = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }

    private void warnIfUnlisted(int year) {
        if ((year < firstListedYear || year > lastListedYear) && yearsWarnedAbout.add(year)) {
            LOG.log(
                    System.Logger.Level.WARNING,
                    "The working calendar lists holidays for {0,number,#} to {1,number,#} only, so bank holidays in"
                            + " {2,number,#} count as working days until the holiday list is extended",
                    firstListedYear,
                    lastListedYear,
                    year);
        }
    }

    /** Loaded on first use and then shared: the list is immutable, and sharing it lets each missing year warn once. */
    private static final class Bundled {

        static final WorkingCalendar ENGLAND_AND_WALES = new WorkingCalendar(read(ENGLAND_AND_WALES_LIST), WEEKEND);

        private static Set<LocalDate> read(String resource) {
            try (InputStream in = WorkingCalendar.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("The holiday list " + resource + " is missing from the classpath");
                }
                List<String> lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))
                        .lines()
                        .toList();
                return parse(lines, resource);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the holiday list " + resource, e);
            }
        }

        /** One ISO date per line; anything after a {@code #} is a comment, and blank lines are ignored. */
        private static Set<LocalDate> parse(List<String> lines, String resource) {
            Set<LocalDate> dates = new HashSet<>();
            for (int index = 0; index < lines.size(); index++) {
                String line = lines.get(index);
                int comment = line.indexOf('#');
                String text = (comment < 0 ? line : line.substring(0, comment)).strip();
                if (text.isEmpty()) {
                    continue;
                }
                LocalDate date;
                try {
                    date = LocalDate.parse(text);
                } catch (DateTimeParseException e) {
                    throw new IllegalStateException(
                            "Line " + (index + 1) + " of " + resource + " is not a date like 2026-12-25: " + text, e);
                }
                if (!dates.add(date)) {
                    throw new IllegalStateException(
                            "Line " + (index + 1) + " of " + resource + " lists " + date + " a second time");
                }
            }
            return dates;
        }
    }
}
