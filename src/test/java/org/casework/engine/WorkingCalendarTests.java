package org.casework.engine;

import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.SUNDAY;
import static java.time.temporal.TemporalAdjusters.firstInMonth;
import static java.time.temporal.TemporalAdjusters.lastInMonth;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class WorkingCalendarTests {

    private static final int FIRST_LISTED_YEAR = 2020;
    private static final int LAST_LISTED_YEAR = 2030;

    /** Holidays proclaimed for one year only, and the standard holidays they replaced. */
    private static final Set<LocalDate> ONE_OFF_HOLIDAYS = Set.of(
            LocalDate.of(2020, 5, 8), // VE Day, instead of the early May bank holiday on 4 May
            LocalDate.of(2022, 6, 2), // spring bank holiday, moved from 30 May
            LocalDate.of(2022, 6, 3), // Platinum Jubilee
            LocalDate.of(2022, 9, 19), // State Funeral of Queen Elizabeth II
            LocalDate.of(2023, 5, 8)); // Coronation of King Charles III

    private static final Set<LocalDate> STANDARD_HOLIDAYS_MOVED_AWAY =
            Set.of(LocalDate.of(2020, 5, 4), LocalDate.of(2022, 5, 30));

    private final WorkingCalendar calendar = WorkingCalendar.englandAndWales();

    @Nested
    class DueDates {

        @Test
        void aCaseReceivedOnAFridayWithOneWorkingDayIsDueOnMonday() {
            assertThat(calendar.addWorkingDays(LocalDate.of(2026, 3, 6), 1)).isEqualTo(LocalDate.of(2026, 3, 9));
        }

        @Test
        void aCaseReceivedOnASaturdayCountsAsReceivedOnMondaySoOneWorkingDayIsDueOnTuesday() {
            assertThat(calendar.addWorkingDays(LocalDate.of(2026, 3, 7), 1)).isEqualTo(LocalDate.of(2026, 3, 10));
        }

        @Test
        void tenWorkingDaysFromAWednesdayInAnOrdinaryFortnightAreTwoWeeksLater() {
            assertThat(calendar.addWorkingDays(LocalDate.of(2026, 3, 4), 10)).isEqualTo(LocalDate.of(2026, 3, 18));
        }

        @Test
        void aCaseReceivedOnTheThursdayBeforeEasterIsDueAfterTheEasterMonday() {
            LocalDate maundyThursday = LocalDate.of(2026, 4, 2);

            assertThat(calendar.addWorkingDays(maundyThursday, 1)).isEqualTo(LocalDate.of(2026, 4, 7));
        }

        @Test
        void tenWorkingDaysSkipTheChristmasBankHolidays() {
            LocalDate fridayBeforeChristmas = LocalDate.of(2025, 12, 19);

            assertThat(calendar.addWorkingDays(fridayBeforeChristmas, 10)).isEqualTo(LocalDate.of(2026, 1, 7));
        }

        @Test
        void tenWorkingDaysSkipTheSubstituteDaysWhenChristmasAndNewYearFallAtAWeekend() {
            LocalDate fridayBeforeChristmas = LocalDate.of(2027, 12, 17);

            assertThat(calendar.addWorkingDays(fridayBeforeChristmas, 10)).isEqualTo(LocalDate.of(2028, 1, 5));
        }

        @Test
        void zeroWorkingDaysIsTheDayOfReceiptWhenThatIsAWorkingDay() {
            assertThat(calendar.addWorkingDays(LocalDate.of(2026, 3, 4), 0)).isEqualTo(LocalDate.of(2026, 3, 4));
        }

        @Test
        void zeroWorkingDaysFromABankHolidayIsTheNextWorkingDay() {
            LocalDate easterMonday = LocalDate.of(2026, 4, 6);

            assertThat(calendar.addWorkingDays(easterMonday, 0)).isEqualTo(LocalDate.of(2026, 4, 7));
        }

        @Test
        void aNegativeNumberOfWorkingDaysIsRejected() {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> calendar.addWorkingDays(LocalDate.of(2026, 3, 4), -1))
                    .withMessageContaining("-1 working days")
                    .withMessageContaining("cannot be negative");
        }

        @Test
        void everyDueDateIsAWorkingDay() {
            for (LocalDate received = LocalDate.of(FIRST_LISTED_YEAR, 1, 1);
                    received.getYear() < LAST_LISTED_YEAR;
                    received = received.plusDays(1)) {
                for (int days = 0; days <= 15; days++) {
                    assertThat(calendar.isWorkingDay(calendar.addWorkingDays(received, days)))
                            .as("%d working days from %s", days, received)
                            .isTrue();
                }
            }
        }
    }

    @Nested
    class WorkingDays {

        @Test
        void weekendsAndBankHolidaysAreNotWorkingDaysButOrdinaryWeekdaysAre() {
            assertThat(calendar.isWorkingDay(LocalDate.of(2026, 3, 4))).isTrue();
            assertThat(calendar.isWorkingDay(LocalDate.of(2026, 3, 7))).isFalse();
            assertThat(calendar.isWorkingDay(LocalDate.of(2026, 3, 8))).isFalse();
            assertThat(calendar.isWorkingDay(LocalDate.of(2026, 8, 31))).isFalse();
        }

        @Test
        void theNextWorkingDayAfterAWednesdayIsThursday() {
            assertThat(calendar.nextWorkingDay(LocalDate.of(2026, 3, 4))).isEqualTo(LocalDate.of(2026, 3, 5));
        }

        @Test
        void theNextWorkingDayAfterTheFridayBeforeABankHolidayMondayIsTuesday() {
            assertThat(calendar.nextWorkingDay(LocalDate.of(2026, 5, 1))).isEqualTo(LocalDate.of(2026, 5, 5));
        }

        @Test
        void aServiceOpenOnSaturdaysCountsSaturdayAsAWorkingDay() {
            WorkingCalendar openSaturdays = new WorkingCalendar(calendar.holidays(), EnumSet.of(SUNDAY));

            assertThat(openSaturdays.addWorkingDays(LocalDate.of(2026, 3, 6), 1))
                    .isEqualTo(LocalDate.of(2026, 3, 7));
        }

        @Test
        void aCalendarIsClosedAtWeekendsUnlessToldOtherwise() {
            WorkingCalendar noHolidays = new WorkingCalendar(Set.of());

            assertThat(noHolidays.isWorkingDay(LocalDate.of(2026, 3, 7))).isFalse();
            assertThat(noHolidays.isWorkingDay(LocalDate.of(2026, 12, 25))).isTrue();
        }

        @Test
        void aCalendarWithNoWorkingDaysIsRejected() {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> new WorkingCalendar(Set.of(), EnumSet.allOf(DayOfWeek.class)))
                    .withMessageContaining("at least one working day");
        }
    }

    @Nested
    class CountingWorkingDays {

        @Test
        void countsTheDaysAfterTheFirstDateUpToAndIncludingTheSecond() {
            LocalDate monday = LocalDate.of(2026, 3, 2);

            assertThat(calendar.workingDaysBetween(monday, LocalDate.of(2026, 3, 6)))
                    .isEqualTo(4);
            assertThat(calendar.workingDaysBetween(monday, LocalDate.of(2026, 3, 9)))
                    .isEqualTo(5);
        }

        @Test
        void isZeroForTheSameDay() {
            assertThat(calendar.workingDaysBetween(LocalDate.of(2026, 3, 4), LocalDate.of(2026, 3, 4)))
                    .isZero();
        }

        @Test
        void isNegativeWhenTheSecondDateIsEarlier() {
            assertThat(calendar.workingDaysBetween(LocalDate.of(2026, 3, 6), LocalDate.of(2026, 3, 2)))
                    .isEqualTo(-4);
        }

        @Test
        void leavesOutBankHolidays() {
            LocalDate maundyThursday = LocalDate.of(2026, 4, 2);

            assertThat(calendar.workingDaysBetween(maundyThursday, LocalDate.of(2026, 4, 9)))
                    .isEqualTo(3);
        }

        @Test
        void countsBackTheWorkingDaysAddedToACaseReceivedOnAWorkingDay() {
            for (LocalDate received = calendar.nextWorkingDay(LocalDate.of(2025, 12, 31));
                    received.getYear() == 2026;
                    received = calendar.nextWorkingDay(received)) {
                for (int days = 0; days <= 20; days++) {
                    assertThat(calendar.workingDaysBetween(received, calendar.addWorkingDays(received, days)))
                            .as("%d working days from %s", days, received)
                            .isEqualTo(days);
                }
            }
        }
    }

    @Nested
    class LocalChanges {

        private final LocalDate christmasEve = LocalDate.of(2026, 12, 24);

        @Test
        void aCouncilClosureDayIsNotAWorkingDayAndMovesDueDates() {
            WorkingCalendar council = calendar.withExtraHolidays(List.of(christmasEve));

            assertThat(council.isWorkingDay(christmasEve)).isFalse();
            assertThat(council.addWorkingDays(LocalDate.of(2026, 12, 23), 1)).isEqualTo(LocalDate.of(2026, 12, 29));
            assertThat(council.holidays()).contains(christmasEve).containsAll(calendar.holidays());
        }

        @Test
        void aBankHolidayTheCouncilWorksThroughIsAWorkingDay() {
            LocalDate summerBankHoliday = LocalDate.of(2026, 8, 31);

            WorkingCalendar council = calendar.withChanges(Set.of(), Set.of(summerBankHoliday));

            assertThat(council.isWorkingDay(summerBankHoliday)).isTrue();
            assertThat(council.holidays()).doesNotContain(summerBankHoliday);
        }

        @Test
        void aLocalChangeLeavesTheBundledCalendarAsItWas() {
            calendar.withChanges(Set.of(christmasEve), Set.of(LocalDate.of(2026, 8, 31)));

            assertThat(WorkingCalendar.englandAndWales().isWorkingDay(christmasEve))
                    .isTrue();
            assertThat(WorkingCalendar.englandAndWales().isWorkingDay(LocalDate.of(2026, 8, 31)))
                    .isFalse();
        }

        @Test
        void removingADateThatIsNotAHolidayIsRefusedAsAProbableTypo() {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> calendar.withChanges(Set.of(), Set.of(LocalDate.of(2026, 9, 1))))
                    .withMessageContaining("2026-09-01")
                    .withMessageContaining("not a holiday");
        }

        @Test
        void theHolidaysCannotBeChangedBehindTheCalendarsBack() {
            Set<LocalDate> given = new HashSet<>(Set.of(christmasEve));
            WorkingCalendar council = new WorkingCalendar(given);
            given.clear();

            assertThat(council.isWorkingDay(christmasEve)).isFalse();
            assertThatThrownBy(() -> council.holidays().add(LocalDate.of(2026, 3, 4)))
                    .isInstanceOf(UnsupportedOperationException.class);
        }
    }

    @Nested
    class TheEnglandAndWalesList {

        @Test
        void everyGoodFridayAndEasterMondayIsWhereTheComputusPutsThem() {
            for (int year = FIRST_LISTED_YEAR; year <= LAST_LISTED_YEAR; year++) {
                LocalDate easterSunday = easterSunday(year);

                assertThat(calendar.holidays())
                        .as("Good Friday and Easter Monday %d", year)
                        .contains(easterSunday.minusDays(2), easterSunday.plusDays(1));
            }
        }

        @Test
        void everyYearFollowsTheStandardPatternApartFromTheOneOffHolidays() {
            Set<LocalDate> expected = new HashSet<>();
            IntStream.rangeClosed(FIRST_LISTED_YEAR, LAST_LISTED_YEAR)
                    .forEach(year -> expected.addAll(standardBankHolidays(year)));
            expected.removeAll(STANDARD_HOLIDAYS_MOVED_AWAY);
            expected.addAll(ONE_OFF_HOLIDAYS);

            assertThat(calendar.holidays()).containsExactlyInAnyOrderElementsOf(expected);
        }

        @Test
        void theOneOffHolidaysAreHolidaysAndTheDaysTheyReplacedAreWorkingDays() {
            ONE_OFF_HOLIDAYS.forEach(
                    day -> assertThat(calendar.isWorkingDay(day)).as("%s", day).isFalse());
            STANDARD_HOLIDAYS_MOVED_AWAY.forEach(
                    day -> assertThat(calendar.isWorkingDay(day)).as("%s", day).isTrue());
        }

        @Test
        void fixedHolidaysAtAWeekendAreListedAsTheirWeekdaySubstitutes() {
            assertThat(calendar.holidays())
                    .contains(
                            LocalDate.of(2022, 1, 3),
                            LocalDate.of(2026, 12, 28),
                            LocalDate.of(2027, 12, 27),
                            LocalDate.of(2027, 12, 28),
                            LocalDate.of(2028, 1, 3));
            assertThat(calendar.holidays())
                    .allSatisfy(day -> assertThat(day.getDayOfWeek()).isNotIn(SATURDAY, SUNDAY));
        }

        @Test
        void theComputusAgreesWithPublishedEasterSundays() {
            assertThat(easterSunday(2008)).isEqualTo(LocalDate.of(2008, 3, 23));
            assertThat(easterSunday(2019)).isEqualTo(LocalDate.of(2019, 4, 21));
            assertThat(easterSunday(2024)).isEqualTo(LocalDate.of(2024, 3, 31));
            assertThat(easterSunday(2025)).isEqualTo(LocalDate.of(2025, 4, 20));
            assertThat(easterSunday(2038)).isEqualTo(LocalDate.of(2038, 4, 25));
        }
    }

    @Nested
    class YearsBeyondTheList {

        @Test
        void askingAboutAYearBeyondTheListWarnsOnceThatTheListNeedsExtending() {
            WorkingCalendar listedFor2040 = new WorkingCalendar(Set.of(LocalDate.of(2040, 12, 25)));
            WorkingCalendar withAClosureDay = listedFor2040.withExtraHolidays(Set.of(LocalDate.of(2040, 12, 24)));

            List<String> warnings = warningsWhile(() -> {
                listedFor2040.isWorkingDay(LocalDate.of(2041, 1, 2));
                listedFor2040.addWorkingDays(LocalDate.of(2041, 3, 4), 10);
                withAClosureDay.isWorkingDay(LocalDate.of(2041, 6, 1));
                listedFor2040.isWorkingDay(LocalDate.of(2040, 6, 1));
            });

            assertThat(warnings)
                    .singleElement()
                    .satisfies(warning -> assertThat(warning)
                            .contains("2041")
                            .contains("2040 to 2040")
                            .contains("extended"));
        }

        private List<String> warningsWhile(Runnable action) {
            Logger logger = Logger.getLogger(WorkingCalendar.class.getName());
            List<String> warnings = new CopyOnWriteArrayList<>();
            SimpleFormatter formatter = new SimpleFormatter();
            Handler handler = new Handler() {
                @Override
                public void publish(LogRecord record) {
                    if (record.getLevel().equals(java.util.logging.Level.WARNING)) {
                        warnings.add(formatter.formatMessage(record));
                    }
                }

                @Override
                public void flush() {}

                @Override
                public void close() {}
            };
            logger.addHandler(handler);
            try {
                action.run();
            } finally {
                logger.removeHandler(handler);
            }
            return warnings;
        }
    }

    /** New Year's Day, Easter, the three Monday holidays and Christmas, with weekend dates moved to weekdays. */
    private static Set<LocalDate> standardBankHolidays(int year) {
        Set<LocalDate> days = new HashSet<>();
        days.add(firstWeekdayFrom(LocalDate.of(year, 1, 1)));
        LocalDate easterSunday = easterSunday(year);
        days.add(easterSunday.minusDays(2));
        days.add(easterSunday.plusDays(1));
        days.add(LocalDate.of(year, 5, 1).with(firstInMonth(MONDAY)));
        days.add(LocalDate.of(year, 5, 1).with(lastInMonth(MONDAY)));
        days.add(LocalDate.of(year, 8, 1).with(lastInMonth(MONDAY)));
        // Christmas Day and Boxing Day take the first two weekdays from 25 December.
        LocalDate christmas = firstWeekdayFrom(LocalDate.of(year, 12, 25));
        days.add(christmas);
        days.add(firstWeekdayFrom(christmas.plusDays(1)));
        return days;
    }

    private static LocalDate firstWeekdayFrom(LocalDate day) {
        return day.getDayOfWeek() == SATURDAY || day.getDayOfWeek() == SUNDAY ? firstWeekdayFrom(day.plusDays(1)) : day;
    }

    /** The Anonymous Gregorian computus (Meeus, Jones and Butcher). */
    private static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }
}
