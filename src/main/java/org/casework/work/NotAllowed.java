package org.casework.work;

/** The officer may not do this to this task (not in its team, not theirs, no supervision rights). */
public class NotAllowed extends RuntimeException {

    public NotAllowed(String message) {
        super(message);
    }
}
