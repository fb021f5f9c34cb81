package org.casework.work;

/** The task is no longer in a state that allows this: someone else claimed or completed it first. */
public class TaskConflict extends RuntimeException {

    public TaskConflict(String message) {
        super(message);
    }
}
