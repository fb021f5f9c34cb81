package org.casework.work.tasks;

import java.util.Map;
import org.casework.engine.CaseMigrated;
import org.casework.engine.Cases;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A case moved to another version of its process and now waits at another step: the task made for the step it left
 * is cancelled before the engine announces the new step's, in the migration's transaction. A case that kept its step
 * keeps its task.
 */
@Component
class MigratedCases {

    private final TaskRows tasks;
    private final Cases cases;

    MigratedCases(TaskRows tasks, Cases cases) {
        this.tasks = tasks;
        this.cases = cases;
    }

    @EventListener
    void on(CaseMigrated migrated) {
        if (!migrated.stepChanged()) return;
        if (tasks.cancelOpenTasksOf(migrated.caseId()) > 0) {
            cases.record(migrated.caseId(), "task-cancelled", "system", migrated.fromStep(), Map.of());
        }
    }
}
