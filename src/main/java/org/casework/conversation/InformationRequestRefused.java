package org.casework.conversation;

/**
 * An information request or a reply that cannot be taken, naming the field at fault ({@code message},
 * {@code documentTypes}, {@code replyBy}, {@code text}, or {@code status} for a request no longer waiting for a
 * reply). The reason is written for a GOV.UK error message.
 */
public class InformationRequestRefused extends RuntimeException {

    private final String field;

    public InformationRequestRefused(String field, String reason) {
        super(reason);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
