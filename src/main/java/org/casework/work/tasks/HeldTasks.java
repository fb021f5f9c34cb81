package org.casework.work.tasks;

import org.casework.engine.Cases;
import org.casework.identity.StaffPrincipal;
import org.casework.work.TaskConflict;
import org.casework.work.TaskId;
import org.casework.work.TaskNotFound;
import org.casework.work.TaskState;
import org.springframework.stereotype.Component;

/** Takes a task for one of the things only the officer holding it may do: approve, tick, send back. */
@Component
class HeldTasks {

    private final TaskRows tasks;
    private final Cases cases;

    HeldTasks(TaskRows tasks, Cases cases) {
        this.tasks = tasks;
        this.cases = cases;
    }

    /**
     * Locks the task's case, then the task (the order every task command takes them in), and checks the officer has
     * claimed it; anyone else, or a task already done, gets a conflict.
     */
    TaskRows.TaskRow lockHeldBy(TaskId id, StaffPrincipal officer, String action) {
        var seen = tasks.findRow(id).orElseThrow(() -> new TaskNotFound(id));
        cases.lock(seen.view().caseId());
        var row = tasks.lock(id).orElseThrow(() -> new TaskNotFound(id));
        var task = row.view();
        if (task.state() != TaskState.CLAIMED) throw TaskCommands.conflict(task, action);
        if (!officer.username().equals(task.assignee())) {
            throw new TaskConflict(
                    "Task " + id + " is claimed by " + task.assignee() + "; only they can " + action + " it");
        }
        return row;
    }
}
