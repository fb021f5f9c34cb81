package org.casework.definition;

/** No process (or no such version, or no draft) under that key. */
public class ProcessNotFound extends RuntimeException {

    public ProcessNotFound(String message) {
        super(message);
    }
}
