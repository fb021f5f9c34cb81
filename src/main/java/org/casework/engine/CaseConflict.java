package org.casework.engine;

/**
 * The command no longer fits the case: it has moved on, closed, or someone else got there first. The caller should
 * reload and look again; nothing was changed.
 */
public class CaseConflict extends RuntimeException {

    public CaseConflict(String message) {
        super(message);
    }
}
