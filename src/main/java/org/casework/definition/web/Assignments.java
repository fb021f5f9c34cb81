package org.casework.definition.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Fields set to values, typed one a line as {@code field = value}: what automatic steps and set-fields actions do.
 * Whole numbers and yes/no read as such, so a number field is set to a number.
 */
final class Assignments {

    private Assignments() {}

    static Map<String, Object> read(FormValues form, String name, Map<String, String> errors) {
        var set = new LinkedHashMap<String, Object>();
        for (var line : form.lines(name)) {
            var equals = line.indexOf('=');
            if (equals <= 0) {
                errors.put(name, "Write each line as field = value, such as status = closed");
                continue;
            }
            set.put(
                    line.substring(0, equals).strip(),
                    value(line.substring(equals + 1).strip()));
        }
        return set;
    }

    private static Object value(String text) {
        if (text.equals("true") || text.equals("false")) return Boolean.valueOf(text);
        if (text.matches("-?[0-9]{1,15}")) return Long.valueOf(text);
        return text;
    }

    static String show(Map<String, ?> set) {
        return set.entrySet().stream()
                .map(entry -> entry.getKey() + " = " + entry.getValue())
                .collect(Collectors.joining("\n"));
    }
}
