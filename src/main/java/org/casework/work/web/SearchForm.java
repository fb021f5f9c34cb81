package org.casework.work.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.casework.engine.CaseStatus;
import org.casework.work.CaseCriteria;

/**
 * The search form as typed. Read into {@link CaseCriteria}, or into the problems to show beside the boxes; what was
 * typed is kept either way, and the same values make the links to the next page and to the CSV export.
 */
record SearchForm(Map<String, String> values) {

    /** The date ranges' GOV.UK date inputs: the id of each, and how its error names it. */
    static final Map<String, String> DATES = datesInOrder();

    static final List<String> TEXT_INPUTS =
            List.of("reference", "name", "postcode", "status", "process", "stage", "assignee", "field", "value");

    private static final Pattern POSTCODE = Pattern.compile("[A-Z]{1,2}[0-9][A-Z0-9]?[0-9][A-Z]{2}");

    /** What the criteria were read from, and the problems keyed by the id of the box to fix (empty if none). */
    record Read(CaseCriteria criteria, Map<String, String> errors) {}

    /** Only the form's own inputs, trimmed, and only those with something in them. */
    static SearchForm of(Map<String, String> params) {
        var values = new LinkedHashMap<String, String>();
        for (var name : names()) {
            var value = params.get(name);
            if (value != null && !value.isBlank()) values.put(name, value.strip());
        }
        return new SearchForm(values);
    }

    public String value(String name) {
        return values.get(name);
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }

    /** The form's values as a query string ("reference=RP-2026-000001&status=open"), for links to more of the same. */
    public String query() {
        return values.entrySet().stream()
                .map(entry -> entry.getKey() + "=" + URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    Read read(SearchChoices choices) {
        var errors = new LinkedHashMap<String, String>();
        var status = status(errors);
        if (value("process") != null && !choices.hasProcess(value("process"))) {
            errors.put("process", "Choose a process from the list");
        }
        if (value("stage") != null && !choices.hasStage(value("stage"))) {
            errors.put("stage", "Choose a stage from the list");
        }
        if (value("field") != null && !choices.hasField(value("field"))) {
            errors.put("field", "Choose a field from the list");
        } else if (value("field") != null && value("value") == null) {
            errors.put("value", "Enter the answer to look for");
        } else if (value("field") == null && value("value") != null) {
            errors.put("field", "Choose the field to look in");
        }
        var dates = new LinkedHashMap<String, LocalDate>();
        DATES.forEach((id, label) -> dates.put(id, date(id, label, errors)));
        range("created-from", "created-to", dates, errors);
        range("due-from", "due-to", dates, errors);
        var criteria = new CaseCriteria(
                value("reference"),
                value("name"),
                postcode(errors),
                status,
                value("process"),
                value("stage"),
                value("assignee"),
                dates.get("created-from"),
                dates.get("created-to"),
                dates.get("due-from"),
                dates.get("due-to"),
                value("field"),
                value("value"));
        return new Read(criteria, errors);
    }

    /** The error summary's lines, in the order the boxes come on the page, each linking to the box to fix. */
    static List<CaseForm.Problem> problems(Map<String, String> errors) {
        var problems = new java.util.ArrayList<CaseForm.Problem>();
        for (var id : TEXT_INPUTS) {
            if (errors.containsKey(id)) problems.add(new CaseForm.Problem("#" + id, errors.get(id)));
        }
        for (var id : DATES.keySet()) {
            if (errors.containsKey(id)) problems.add(new CaseForm.Problem("#" + id + "-day", errors.get(id)));
        }
        return problems;
    }

    private CaseStatus status(Map<String, String> errors) {
        var value = value("status");
        if (value == null) return null;
        for (var status : CaseStatus.values()) if (status.value().equals(value)) return status;
        errors.put("status", "Choose a status from the list");
        return null;
    }

    /** Postcodes are kept upper case with one space; a search needs the whole postcode. */
    private String postcode(Map<String, String> errors) {
        var value = value("postcode");
        if (value == null) return null;
        var compact = value.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
        if (!POSTCODE.matcher(compact).matches()) {
            errors.put("postcode", "Enter a full postcode, like SW1A 1AA");
            return null;
        }
        return compact.substring(0, compact.length() - 3) + " " + compact.substring(compact.length() - 3);
    }

    private LocalDate date(String id, String label, Map<String, String> errors) {
        var day = value(id + "-day");
        var month = value(id + "-month");
        var year = value(id + "-year");
        if (day == null && month == null && year == null) return null;
        try {
            if (year == null || year.length() != 4) throw new NumberFormatException("a year has 4 digits");
            return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
        } catch (NumberFormatException | DateTimeException notADate) {
            errors.put(id, label + " must be a real date, like 27 3 2026");
            return null;
        }
    }

    private static void range(String from, String to, Map<String, LocalDate> dates, Map<String, String> errors) {
        var start = dates.get(from);
        var end = dates.get(to);
        if (start != null && end != null && end.isBefore(start)) {
            errors.put(
                    to,
                    DATES.get(to) + " must be the same as or after "
                            + DATES.get(from).toLowerCase(Locale.UK));
        }
    }

    private static Map<String, String> datesInOrder() {
        var dates = new LinkedHashMap<String, String>();
        dates.put("created-from", "Created from");
        dates.put("created-to", "Created to");
        dates.put("due-from", "Due from");
        dates.put("due-to", "Due to");
        return java.util.Collections.unmodifiableMap(dates);
    }

    private static List<String> names() {
        var names = new java.util.ArrayList<>(TEXT_INPUTS);
        for (var id : DATES.keySet()) names.addAll(List.of(id + "-day", id + "-month", id + "-year"));
        return names;
    }
}
