package org.casework.definition.web;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.casework.definition.FieldDefinition;
import org.casework.definition.FieldType;
import org.springframework.web.servlet.ModelAndView;

/**
 * A field's inputs, shared by a process's own fields and the field library. Options are typed one a line, as the
 * option alone or as {@code option = label} when people should read something else.
 */
final class FieldForm {

    static final List<String> ANCHORS =
            List.of("key", "label", "type", "hint", "options", "optionLabels", "mandatory", "searchable");

    private FieldForm() {}

    static List<Choice> types() {
        return Arrays.stream(FieldType.values())
                .map(type -> new Choice(name(type), label(type)))
                .toList();
    }

    static String name(FieldType type) {
        return type.name().toLowerCase().replace('_', '-');
    }

    private static String label(FieldType type) {
        return switch (type) {
            case TEXT -> "Text";
            case LONG_TEXT -> "Long text";
            case NUMBER -> "Number";
            case DATE -> "Date";
            case BOOLEAN -> "Yes or no";
            case CHOICE -> "One of a list of options";
            case CHOICES -> "Several of a list of options";
            case EMAIL -> "Email address";
            case PHONE -> "Phone number";
            case POSTCODE -> "Postcode";
            case DOCUMENT -> "Document";
            case ADDRESS -> "Address (found by postcode on online forms)";
        };
    }

    static FieldDefinition read(String key, FormValues form, Map<String, String> errors) {
        var type = Arrays.stream(FieldType.values())
                .filter(t -> name(t).equals(form.text("type")))
                .findFirst()
                .orElse(FieldType.TEXT);
        var options = new java.util.ArrayList<String>();
        var labels = new LinkedHashMap<String, String>();
        for (var line : form.lines("options")) {
            var equals = line.indexOf('=');
            if (equals > 0) {
                var option = line.substring(0, equals).strip();
                options.add(option);
                labels.put(option, line.substring(equals + 1).strip());
            } else {
                options.add(line);
            }
        }
        return new FieldDefinition(
                key,
                form.text("label"),
                type,
                form.checked("mandatory"),
                type.offersOptions() ? options : List.of(),
                form.text("hint"),
                form.checked("searchable") ? true : null,
                type.offersOptions() ? labels : Map.of());
    }

    static String optionLines(FieldDefinition field) {
        return String.join(
                "\n",
                field.options().stream()
                        .map(option -> field.optionLabels().containsKey(option)
                                ? option + " = " + field.optionLabels().get(option)
                                : option)
                        .toList());
    }

    static ModelAndView show(ModelAndView page, FieldDefinition field) {
        return page.addObject("field", field)
                .addObject("fieldType", name(field.type()))
                .addObject("optionLines", optionLines(field))
                .addObject("types", types());
    }
}
