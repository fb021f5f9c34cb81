package org.casework.definition;

import java.util.regex.Pattern;

/**
 * A place in a definition document written as an RFC 9535 JSON path, such as {@code $.steps[2].allocation}, so the
 * designer can point at it. Keys that are not plain names (field keys with hyphens, say) use bracket notation.
 */
record DocumentPath(String text) {

    static final DocumentPath ROOT = new DocumentPath("$");

    private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    DocumentPath property(String name) {
        if (PLAIN_NAME.matcher(name).matches()) return new DocumentPath(text + "." + name);
        return new DocumentPath(text + "['" + name.replace("\\", "\\\\").replace("'", "\\'") + "']");
    }

    DocumentPath index(int index) {
        return new DocumentPath(text + "[" + index + "]");
    }

    @Override
    public String toString() {
        return text;
    }
}
