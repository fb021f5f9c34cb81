package org.casework.engine;

/** No case with that id or reference. */
public class CaseNotFound extends RuntimeException {

    public CaseNotFound(String what) {
        super("No case " + what);
    }
}
