package org.casework.work.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.casework.definition.CaseDataValidation;
import org.casework.definition.FieldDefinition;
import org.casework.definition.FieldType;
import org.casework.platform.web.DateInput;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * A form of case fields as a page shows it: each field with what was typed and, after a refused submit, why it was
 * refused, so nothing the officer typed is lost. Turns posted text into the data the engine validates.
 */
record CaseForm(List<Question> questions, List<Problem> problems) {

    /**
     * One field on the form. {@code value} is what to show; for dates, {@code day}, {@code month}, {@code year}; for
     * checkboxes, the options {@code ticked}.
     */
    record Question(
            FieldDefinition field,
            boolean mandatory,
            String value,
            String day,
            String month,
            String year,
            List<String> ticked,
            String postcode,
            String error) {

        public String id() {
            return "field-" + field.key();
        }

        public String inputType() {
            return switch (field.type()) {
                case EMAIL -> "email";
                case PHONE -> "tel";
                default -> "text";
            };
        }

        public String inputMode() {
            return field.type() == FieldType.NUMBER ? "decimal" : null;
        }
    }

    /** A line of the error summary, linking to the field it is about. */
    record Problem(String href, String message) {}

    static CaseForm blank(List<FieldDefinition> fields, List<String> mandatory) {
        return filled(fields, mandatory, new LinkedMultiValueMap<>(), Map.of());
    }

    /** The form with the posted values and the problems found, keyed by field. */
    static CaseForm filled(
            List<FieldDefinition> fields,
            List<String> mandatory,
            MultiValueMap<String, String> posted,
            Map<String, String> errorsByField) {
        var questions = new ArrayList<Question>();
        var problems = new ArrayList<Problem>();
        for (var field : fields) {
            var key = "field-" + field.key();
            var error = errorsByField.get(field.key());
            questions.add(new Question(
                    field,
                    mandatory.contains(field.key()),
                    posted.getFirst(key),
                    posted.getFirst(key + "-day"),
                    posted.getFirst(key + "-month"),
                    posted.getFirst(key + "-year"),
                    posted.getOrDefault(key, List.of()),
                    posted.getFirst(key + "-postcode"),
                    error));
            if (error != null) problems.add(new Problem("#" + firstInput(field), error));
        }
        return new CaseForm(questions, problems);
    }

    /**
     * The data to send to the engine: the fields given a value, as text the engine's validation reads, and the boxes
     * ticked as a list.
     */
    static Map<String, Object> data(List<FieldDefinition> fields, MultiValueMap<String, String> posted) {
        var data = new LinkedHashMap<String, Object>();
        for (var field : fields) {
            var key = "field-" + field.key();
            String value;
            if (field.type() == FieldType.CHOICES) {
                var ticked = posted.getOrDefault(key, List.of());
                if (!ticked.isEmpty()) data.put(field.key(), List.copyOf(ticked));
                continue;
            }
            if (field.type() == FieldType.ADDRESS) {
                address(posted.getFirst(key), posted.getFirst(key + "-postcode"))
                        .ifPresent(address -> data.put(field.key(), address));
                continue;
            }
            if (field.type() == FieldType.DATE) {
                value = DateInput.answer(
                        posted.getFirst(key + "-day"), posted.getFirst(key + "-month"), posted.getFirst(key + "-year"));
            } else {
                value = posted.getFirst(key);
            }
            if (value != null && !value.isBlank()) data.put(field.key(), value.trim());
        }
        return data;
    }

    /**
     * An address typed as its lines (one a line) and a postcode, as the engine reads it; nothing when both are blank.
     * What is wrong with it (no line, no postcode) is the engine's to say.
     */
    private static java.util.Optional<Map<String, Object>> address(String lines, String postcode) {
        var typed = lines == null
                ? List.<String>of()
                : lines.lines()
                        .map(String::strip)
                        .filter(line -> !line.isEmpty())
                        .toList();
        var code = postcode == null ? "" : postcode.strip();
        if (typed.isEmpty() && code.isEmpty()) return java.util.Optional.empty();
        return java.util.Optional.of(new org.casework.definition.Address(null, typed, code).asData());
    }

    /** The engine's problems as sentences about the fields' labels, keyed by field. */
    static Map<String, String> errors(List<FieldDefinition> fields, List<CaseDataValidation.FieldProblem> problems) {
        var errors = new LinkedHashMap<String, String>();
        for (var problem : problems) {
            var label = fields.stream()
                    .filter(field -> field.key().equals(problem.field()))
                    .map(field -> field.label() == null ? field.key() : field.label())
                    .findFirst()
                    .orElse(problem.field());
            errors.putIfAbsent(problem.field(), label + " " + problem.reason());
        }
        return errors;
    }

    private static String firstInput(FieldDefinition field) {
        var id = "field-" + field.key();
        return switch (field.type()) {
            case DATE -> id + "-day";
            case CHOICE, CHOICES, BOOLEAN -> id + "-0";
            default -> id;
        };
    }
}
