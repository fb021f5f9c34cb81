package org.casework.work;

/** No task with that id. */
public class TaskNotFound extends RuntimeException {

    public TaskNotFound(TaskId id) {
        super("No task " + id);
    }
}
