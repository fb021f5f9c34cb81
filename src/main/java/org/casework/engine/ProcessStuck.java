package org.casework.engine;

/**
 * The process cannot go on: a step names a successor that does not exist, or it ran round a loop with no wait
 * state. Validation before publishing prevents both; this guards running cases all the same.
 */
public class ProcessStuck extends RuntimeException {

    public ProcessStuck(String message) {
        super(message);
    }
}
