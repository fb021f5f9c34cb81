package org.casework.conversation;

/**
 * A document that cannot be taken: too large, of a type not allowed, empty, or not the caller's to attach. The message
 * is written for a GOV.UK error message, shown next to {@link #field()}.
 */
public class DocumentRefused extends RuntimeException {

    /** Why, so an adapter can choose its answer (the REST API: 413 for too large, 415 for the wrong type). */
    public enum Kind {
        TOO_LARGE,
        WRONG_TYPE,
        EMPTY,
        INVALID,
        NOT_YOURS
    }

    private final String field;
    private final Kind kind;

    public DocumentRefused(String reason) {
        this("file", Kind.INVALID, reason);
    }

    public DocumentRefused(String field, Kind kind, String reason) {
        super(reason);
        this.field = field;
        this.kind = kind;
    }

    /** The form field at fault: {@code file}, {@code type} or {@code documents}. */
    public String field() {
        return field;
    }

    public Kind kind() {
        return kind;
    }
}
