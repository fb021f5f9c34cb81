package org.casework.registry.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.casework.platform.Refusal;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.ModelAndView;

/** What the person pages share: turning a refusal into the error summary's messages, and the 422 answer. */
final class PersonForms {

    private PersonForms() {}

    /**
     * The refusal's reasons by the page's field names: {@code renamed} maps a field as the register names it
     * ("contacts[0].value") to the box on the page ("email"); other fields keep their names.
     */
    static Map<String, String> errors(Refusal refusal, Map<String, String> renamed) {
        var errors = new LinkedHashMap<String, String>();
        for (var problem : refusal.problems()) {
            errors.putIfAbsent(renamed.getOrDefault(problem.field(), problem.field()), problem.reason());
        }
        if (errors.isEmpty()) errors.put("main-content", refusal.getMessage());
        return errors;
    }

    static Map<String, String> errors(Refusal refusal) {
        return errors(refusal, Map.of());
    }

    static ModelAndView refused(ModelAndView page) {
        page.setStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        return page;
    }

    /** The three boxes of a GOV.UK date input, as typed, for showing again. */
    record DateBoxes(String day, String month, String year) {
        static final DateBoxes EMPTY = new DateBoxes("", "", "");

        static DateBoxes of(java.time.LocalDate date) {
            return date == null
                    ? EMPTY
                    : new DateBoxes(
                            String.valueOf(date.getDayOfMonth()),
                            String.valueOf(date.getMonthValue()),
                            String.valueOf(date.getYear()));
        }

        String answer() {
            return org.casework.platform.web.DateInput.answer(day, month, year);
        }
    }

    static List<String> none() {
        return List.of();
    }
}
