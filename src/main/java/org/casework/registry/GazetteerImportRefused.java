package org.casework.registry;

/**
 * An import that cannot start: an unknown layout, no file, or a file whose header lacks a column the layout needs.
 * The message names the field at fault ({@code layout} or {@code file}) and is written for an error summary.
 */
public class GazetteerImportRefused extends RuntimeException {

    private final String field;

    public GazetteerImportRefused(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
