package org.casework.work;

/** A paging cursor this service did not give out (or one that was altered). */
public class InvalidCursor extends RuntimeException {

    public InvalidCursor() {
        super("'after' is not a cursor this service gave out");
    }
}
