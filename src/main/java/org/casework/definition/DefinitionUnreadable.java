package org.casework.definition;

/**
 * A definition document that cannot be read at all: malformed text, an unknown property or a value of the wrong
 * kind. It names the place ({@code $.steps[2].allocation}) and the reason in words an author can act on. A document
 * that reads but does not make sense is instead reported by {@link DefinitionValidator}.
 */
public final class DefinitionUnreadable extends RuntimeException {

    private final String path;
    private final String reason;

    DefinitionUnreadable(String path, String reason, Throwable cause) {
        super(path + ": " + reason, cause);
        this.path = path;
        this.reason = reason;
    }

    /** Where the problem is, as a JSON path; {@code $} for the whole document. */
    public String path() {
        return path;
    }

    /** What is wrong, in plain English, for example {@code unknown property 'nxt'}. */
    public String reason() {
        return reason;
    }
}
