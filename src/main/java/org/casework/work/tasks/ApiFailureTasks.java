package org.casework.work.tasks;

import java.util.Map;
import org.casework.engine.ApiCallRecovered;
import org.casework.engine.Cases;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The failure team's task for an API step whose call kept failing (created from the engine's {@code TaskStepReached}
 * like any other) is cancelled when a retried call succeeds after all and the case moves on without it.
 */
@Component
class ApiFailureTasks {

    private final TaskRows tasks;
    private final Cases cases;

    ApiFailureTasks(TaskRows tasks, Cases cases) {
        this.tasks = tasks;
        this.cases = cases;
    }

    @EventListener
    void on(ApiCallRecovered recovered) {
        if (tasks.cancelOpenTasksAt(recovered.caseId(), recovered.step(), recovered.token()) > 0) {
            cases.record(recovered.caseId(), "task-cancelled", "system", recovered.step(), Map.of());
        }
    }
}
