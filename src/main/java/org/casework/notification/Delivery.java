package org.casework.notification;

/** What a channel reports after handing a message on. */
public sealed interface Delivery {

    /** The provider took the message; {@code providerReference} is its id for it, if it gives one. */
    record Accepted(String providerReference) implements Delivery {}

    /**
     * The provider refused or could not be reached. A {@code permanent} refusal (a number that is not a mobile, a
     * channel not set up) is not retried: the message falls back to the recipient's next channel at once.
     */
    record Refused(String reason, boolean permanent) implements Delivery {}
}
