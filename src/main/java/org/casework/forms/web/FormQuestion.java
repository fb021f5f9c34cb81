package org.casework.forms.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.casework.definition.FieldDefinition;
import org.casework.definition.FieldType;
import org.casework.definition.FormPage;
import org.casework.definition.ProcessDefinition;
import org.casework.forms.Forms;
import org.casework.platform.web.DateInput;
import org.springframework.util.MultiValueMap;

/**
 * One question on a form page as the template shows it: the field, the answer as typed (a date in its three boxes, the
 * options ticked a line each), and what is wrong with it. Also turns the posted form back into answers keyed by field.
 */
record FormQuestion(FieldDefinition field, String value, String day, String month, String year, String error) {

    public String id() {
        return "field-" + field.key();
    }

    /** The element the error summary links to: a date's day box, a choice's first option, the first checkbox. */
    public String anchor() {
        return switch (field.type()) {
            case DATE -> id() + "-day";
            case CHOICE, CHOICES, BOOLEAN -> id() + "-0";
            case ADDRESS -> "address-picker";
            default -> id();
        };
    }

    /** The hint under the question: the author's, or for checkboxes GOV.UK's "Select all that apply". */
    public String hint() {
        if (field.hint() != null) return field.hint();
        return field.type() == FieldType.CHOICES ? "Select all that apply." : null;
    }

    /** The options ticked, for a checkboxes question. */
    public List<String> ticked() {
        return Forms.ticked(value);
    }

    public String label() {
        return (field.label() == null ? field.key() : field.label());
    }

    public String inputType() {
        return switch (field.type()) {
            case EMAIL -> "email";
            case PHONE -> "tel";
            default -> "text";
        };
    }

    public String autocomplete() {
        return switch (field.type()) {
            case EMAIL -> "email";
            case PHONE -> "tel";
            case POSTCODE -> "postal-code";
            default -> null;
        };
    }

    public String inputMode() {
        return field.type() == FieldType.NUMBER ? "decimal" : null;
    }

    public String width() {
        return switch (field.type()) {
            case POSTCODE -> "govuk-input--width-10";
            case NUMBER -> "govuk-input--width-5";
            case PHONE -> "govuk-input--width-20";
            default -> "";
        };
    }

    static List<FormQuestion> of(
            ProcessDefinition definition, FormPage page, Map<String, String> answers, Map<String, String> problems) {
        var questions = new ArrayList<FormQuestion>();
        for (var key : page.questions()) {
            var field = definition.field(key).orElseThrow();
            var value = answers.get(key);
            String day = null;
            String month = null;
            String year = null;
            if (field.type() == FieldType.DATE && value != null) {
                var parts = value.split("[-/]", -1);
                if (parts.length == 3) {
                    // yyyy-MM-dd as saved, or day/month/year as typed when it was not a date
                    var iso = value.contains("-");
                    year = strip(iso ? parts[0] : parts[2]);
                    month = strip(parts[1]);
                    day = strip(iso ? parts[2] : parts[0]);
                }
            }
            questions.add(new FormQuestion(field, value, day, month, year, problems.get(key)));
        }
        return questions;
    }

    /**
     * The posted page as answers by field key; a date's three boxes become yyyy-MM-dd (or stay as typed), the boxes
     * ticked a line each.
     */
    static Map<String, String> answers(
            ProcessDefinition definition, FormPage page, MultiValueMap<String, String> posted) {
        var answers = new LinkedHashMap<String, String>();
        for (var key : page.questions()) {
            var field = definition.field(key).orElseThrow();
            var name = "field-" + key;
            if (field.type() == FieldType.DATE) {
                answers.put(
                        key,
                        DateInput.answer(
                                posted.getFirst(name + "-day"),
                                posted.getFirst(name + "-month"),
                                posted.getFirst(name + "-year")));
            } else if (field.type() == FieldType.CHOICES) {
                answers.put(key, Forms.tickedAnswer(posted.get(name)));
            } else {
                answers.put(key, posted.getFirst(name));
            }
        }
        return answers;
    }

    /** The error summary's lines: each problem linked to its question's first box. */
    static Map<String, String> summary(ProcessDefinition definition, Map<String, String> problems) {
        var summary = new LinkedHashMap<String, String>();
        problems.forEach((key, message) -> {
            var field = definition.field(key).orElseThrow();
            summary.put(new FormQuestion(field, null, null, null, null, message).anchor(), message);
        });
        return summary;
    }

    private static String strip(String text) {
        return text == null ? "" : text.strip();
    }
}
