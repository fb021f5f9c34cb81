package org.casework.notification;

/** Someone else saved the template since it was read; their changes would be lost. */
public class TemplateConflict extends RuntimeException {
    public TemplateConflict(String key) {
        super("Template '" + key + "' was changed by someone else since you opened it: reload it and make your change"
                + " again");
    }
}
