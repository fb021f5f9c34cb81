package org.casework.notification;

/** No template has this key. */
public class TemplateNotFound extends RuntimeException {
    public TemplateNotFound(String key) {
        super("There is no notification template '" + key + "'");
    }
}
