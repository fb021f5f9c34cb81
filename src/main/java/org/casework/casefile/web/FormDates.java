package org.casework.casefile.web;

import java.time.DateTimeException;
import java.time.LocalDate;
import org.casework.platform.web.DateInput;

/** A GOV.UK date input's three boxes as a date: null when empty, refused in words when not a real date. */
final class FormDates {

    private FormDates() {}

    /** The problem with the boxes, or null when they are empty or make a real date. */
    static String problem(String day, String month, String year) {
        var answer = DateInput.answer(day, month, year);
        if (answer == null) return null;
        try {
            LocalDate.parse(answer);
            return null;
        } catch (DateTimeException notADate) {
            return "Enter a real date, for example 27 3 2026";
        }
    }

    static LocalDate date(String day, String month, String year) {
        return problem(day, month, year) == null && DateInput.answer(day, month, year) != null
                ? LocalDate.parse(DateInput.answer(day, month, year))
                : null;
    }
}
