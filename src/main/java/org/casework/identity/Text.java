package org.casework.identity;

/** Tidying what people type. */
final class Text {

    private Text() {}

    /** Trimmed, or null when there is nothing but spaces. */
    static String orNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
