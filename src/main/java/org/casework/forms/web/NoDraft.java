package org.casework.forms.web;

/** A form page opened with no form in progress (an old bookmark, an expired session): back to the start page. */
class NoDraft extends RuntimeException {

    private final String process;

    NoDraft(String process) {
        super("No form in progress for " + process);
        this.process = process;
    }

    String process() {
        return process;
    }
}
