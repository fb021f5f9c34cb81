package org.casework.engine.jobs;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import java.time.Instant;
import org.casework.engine.CaseId;
import org.casework.engine.Incidents;
import org.casework.engine.cases.CaseEngine;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Timer steps as jobs. The job's id is the case and the visit to the step ({@code <case>@<token>}), so scheduling is
 * idempotent and a job left over from an earlier visit is recognised and ignored when it runs.
 */
@Component
public class CaseTimers {

    static final String JOB = "case-timer";

    private final OneTimeTask<Void> task;
    private final SchedulerClient scheduler;

    CaseTimers(
            Incidents incidents, JobProperties properties, @Lazy CaseEngine engine, @Lazy SchedulerClient scheduler) {
        this.scheduler = scheduler;
        this.task = Tasks.oneTime(JOB, Void.class)
                .onFailure(incidents.retryThenRecord(properties))
                .execute((instance, context) -> {
                    var id = instance.getId();
                    var at = id.lastIndexOf('@');
                    engine.timerDue(CaseId.parse(id.substring(0, at)), Integer.parseInt(id.substring(at + 1)));
                });
    }

    OneTimeTask<Void> task() {
        return task;
    }

    public void schedule(CaseId caseId, int token, Instant dueAt) {
        scheduler.scheduleIfNotExists(task.instance(caseId + "@" + token), dueAt);
    }
}
