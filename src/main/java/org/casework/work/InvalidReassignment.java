package org.casework.work;

/** A task cannot be given to that team or officer; {@code field} says which part of the request is wrong. */
public class InvalidReassignment extends RuntimeException {

    private final String field;

    public InvalidReassignment(String field, String reason) {
        super(field + " " + reason);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
