package org.casework.conversation;

/** A message that was empty or too long; the reason is written for a GOV.UK error message. */
public class MessageRefused extends RuntimeException {

    public MessageRefused(String reason) {
        super(reason);
    }
}
