package org.casework.notification;

/** A webhook could not be registered as asked; {@code field} names the part at fault (key, url or secret). */
public class WebhookRefused extends RuntimeException {

    private final String field;

    public WebhookRefused(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
