package org.casework.definition;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The placeholders of an API step's request: {@code {{name}}} in its URL, headers and body, with spaces allowed inside
 * the braces. A name is a case field's key, {@code secret:<name>} for a stored secret, {@link #CALLBACK_URL} or {@link
 * #CASE_REFERENCE}. Written here rather than borrowed from a template engine because each part of a request needs its
 * own escaping (a URL's path, a JSON string), which the caller supplies with each value.
 */
public final class RequestTemplate {

    /** The one-time address the other system calls back, for a step that waits for a callback. */
    public static final String CALLBACK_URL = "callbackUrl";

    /** The case's reference, such as {@code CW-2026-000123}. */
    public static final String CASE_REFERENCE = "caseReference";

    /** Names a stored secret: {@code {{secret:revenues-token}}}. */
    public static final String SECRET = "secret:";

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([^{}]+?)\\s*}}");

    private RequestTemplate() {}

    /** The placeholder names the text uses, in the order they first appear. */
    public static Set<String> placeholders(String text) {
        var found = new LinkedHashSet<String>();
        if (text == null) return found;
        var matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) found.add(matcher.group(1));
        return found;
    }

    /** The text with every placeholder replaced by what {@code values} gives for its name (already escaped). */
    public static String fill(String text, UnaryOperator<String> values) {
        if (text == null) return null;
        return PLACEHOLDER.matcher(text).replaceAll(match -> Matcher.quoteReplacement(values.apply(match.group(1))));
    }

    /** The secret a placeholder names, or null if it names none. */
    public static String secretName(String placeholder) {
        return placeholder.startsWith(SECRET)
                ? placeholder.substring(SECRET.length()).strip()
                : null;
    }
}
