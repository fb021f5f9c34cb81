package org.casework.notification;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * GOV.UK Notify's placeholders: {@code ((name))} anywhere in a subject or body, matched without regard to case or
 * surrounding spaces. A placeholder with no value is left empty rather than shown as brackets.
 */
final class TemplateText {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\(\\(([^()]+?)\\)\\)");

    private TemplateText() {}

    /** The placeholders the text uses, by their normalised names, in the order they first appear. */
    static Set<String> placeholders(String text) {
        var found = new LinkedHashSet<String>();
        if (text == null) return found;
        var matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) found.add(normalise(matcher.group(1)));
        return found;
    }

    /** The text with each placeholder replaced by its value (looked up by normalised name). */
    static String fill(String text, Map<String, String> values) {
        if (text == null) return null;
        return PLACEHOLDER
                .matcher(text)
                .replaceAll(match ->
                        java.util.regex.Matcher.quoteReplacement(values.getOrDefault(normalise(match.group(1)), "")));
    }

    static String normalise(String name) {
        return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
