package org.casework.conversation;

/** A note was empty or longer than a note may be. */
public class NoteRefused extends RuntimeException {

    public NoteRefused(String reason) {
        super(reason);
    }
}
