package org.casework.definition.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.springframework.util.MultiValueMap;

/**
 * A submitted designer form, read by input name. Names follow the definition's JSON paths relative to the thing
 * edited ({@code routes[0].when.all[1].field}), so that a validation problem's path points straight at its input.
 */
record FormValues(MultiValueMap<String, String> values) {

    /** The text typed, stripped; null when nothing was. */
    String text(String name) {
        var value = values.getFirst(name);
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** Every value sent under the name (checkboxes), blanks left out. */
    List<String> all(String name) {
        var all = values.get(name);
        if (all == null) return List.of();
        return all.stream()
                .filter(v -> v != null && !v.isBlank())
                .map(String::strip)
                .toList();
    }

    /** Non-blank lines of a textarea. */
    List<String> lines(String name) {
        var text = text(name);
        if (text == null) return List.of();
        return text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    /** A whole number, or null when blank; a typing slip is recorded against the input and read as null. */
    Integer integer(String name, Map<String, String> errors, String what) {
        var text = text(name);
        if (text == null) return null;
        try {
            return Integer.valueOf(text);
        } catch (NumberFormatException notANumber) {
            errors.put(name, what + " must be a whole number, such as 5");
            return null;
        }
    }

    boolean checked(String name) {
        return "true".equals(text(name));
    }

    /** The indexes used under {@code prefix[i]}, in order: items removed from the middle leave gaps. */
    List<Integer> indexes(String prefix) {
        var pattern = Pattern.compile(Pattern.quote(prefix) + "\\[(\\d+)\\].*");
        var found = new TreeSet<Integer>();
        for (var name : values.keySet()) {
            var match = pattern.matcher(name);
            if (match.matches()) found.add(Integer.valueOf(match.group(1)));
        }
        return new ArrayList<>(found);
    }
}
