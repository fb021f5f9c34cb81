package org.casework.engine;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.ExecutionComplete;
import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.Task;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.function.ToIntFunction;
import org.casework.engine.jobs.JobProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Jobs that failed every attempt. Each becomes an incident an administrator can see and retry; retrying schedules
 * the same job again, to run now.
 */
@Service
public class Incidents {

    private static final int MESSAGE_LIMIT = 4000;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ObjectProvider<SchedulerClient> scheduler;
    private final ObjectProvider<Task<?>> tasks;
    private final TransactionTemplate transaction;
    private final ObjectProvider<JobProperties> jobs;

    Incidents(
            JdbcClient jdbc,
            Clock clock,
            ObjectProvider<SchedulerClient> scheduler,
            ObjectProvider<Task<?>> tasks,
            ObjectProvider<JobProperties> jobs,
            TransactionTemplate transaction) {
        this.jobs = jobs;
        this.jdbc = jdbc;
        this.clock = clock;
        this.scheduler = scheduler;
        this.tasks = tasks;
        this.transaction = transaction;
    }

    /**
     * Retries with exponential backoff; after the last attempt, drops the job and records an incident in one
     * transaction (the scheduler's connection joins it through the transaction-aware data source), so a crash
     * between the two can neither lose the job without an incident nor leave both.
     */
    public <T> FailureHandler<T> retryThenRecord(JobProperties properties) {
        return retryThenRecord(instance -> properties.maxAttempts(), properties.firstRetryDelay(), (i, a, m) -> {});
    }

    /** What else a job does when it gives up, in the incident's transaction. */
    @FunctionalInterface
    public interface GivingUp {
        void gaveUp(String instance, int attempts, String message);
    }

    /**
     * As {@link #retryThenRecord(JobProperties)}, with the attempts each job instance is allowed (an API step's own
     * {@code attempts}), the first delay, and what else to do, in the same transaction, on giving up.
     */
    public <T> FailureHandler<T> retryThenRecord(
            ToIntFunction<String> maxAttempts, Duration firstRetryDelay, GivingUp alsoOnGivingUp) {
        var backoff = new FailureHandler.ExponentialBackoffFailureHandler<T>(firstRetryDelay, 2.0);
        return (complete, operations) -> {
            var attempts = complete.getExecution().consecutiveFailures + 1;
            var instance = complete.getExecution().taskInstance.getId();
            if (attempts < maxAttempts.applyAsInt(instance)) {
                backoff.onFailure(complete, operations);
            } else {
                transaction.executeWithoutResult(status -> {
                    var message = record(complete);
                    alsoOnGivingUp.gaveUp(instance, attempts, message);
                    operations.remove();
                });
            }
        };
    }

    /**
     * The same for a job of another module (a reminder to the citizen, say), with the attempts and waits every case
     * job has ({@code casework.jobs.*}). A case's job is named {@code <case id>@…}, so its incident names the case.
     */
    public <T> FailureHandler<T> retryThenRecord() {
        return retryThenRecord(jobs.getObject());
    }

    private String record(ExecutionComplete complete) {
        var execution = complete.getExecution();
        var instance = execution.taskInstance.getId();
        var cause = complete.getCause().map(Incidents::describe).orElse("failed without an error");
        jdbc.sql("""
                        insert into incidents (id, job, job_instance, case_id, message, attempts, status, created_at)
                        values (:id, :job, :instance, :caseId, :message, :attempts, 'open', :now)
                        """)
                .param("id", UUID.randomUUID())
                .param("job", execution.taskInstance.getTaskName())
                .param("instance", instance)
                .param("caseId", caseOf(instance))
                .param("message", cause.length() > MESSAGE_LIMIT ? cause.substring(0, MESSAGE_LIMIT) : cause)
                .param("attempts", execution.consecutiveFailures + 1)
                .param("now", Timestamp.from(clock.instant()))
                .update();
        return cause;
    }

    public List<IncidentView> list(String status) {
        return jdbc.sql("""
                        select id, job, job_instance, case_id, message, attempts, status, created_at, retried_at,
                            retried_by
                        from incidents where (cast(:status as varchar) is null or status = :status)
                        order by created_at desc limit 500
                        """)
                .param("status", status)
                .query((rs, n) -> {
                    var caseId = rs.getObject("case_id", UUID.class);
                    var retriedAt = rs.getTimestamp("retried_at");
                    return new IncidentView(
                            rs.getObject("id", UUID.class),
                            rs.getString("job"),
                            rs.getString("job_instance"),
                            caseId == null ? null : new CaseId(caseId),
                            rs.getString("message"),
                            rs.getInt("attempts"),
                            rs.getString("status"),
                            rs.getTimestamp("created_at").toInstant(),
                            retriedAt == null ? null : retriedAt.toInstant(),
                            rs.getString("retried_by"));
                })
                .list();
    }

    /** Runs the failed job again now; if it fails every attempt again, a new incident is raised. */
    @Transactional
    public void retry(UUID id, String actor) {
        var incident = jdbc.sql(
                        "select job, job_instance from incidents where id = :id and status = 'open'" + " for update")
                .param("id", id)
                .query((rs, n) -> new String[] {rs.getString("job"), rs.getString("job_instance")})
                .optional()
                .orElseThrow(() -> new IncidentNotFound(id));
        var task = tasks.stream()
                .filter(t -> t.getName().equals(incident[0]))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("No job called " + incident[0]));
        jdbc.sql("update incidents set status = 'retried', retried_at = :now, retried_by = :actor where id = :id")
                .param("id", id)
                .param("now", Timestamp.from(clock.instant()))
                .param("actor", actor)
                .update();
        scheduler.getObject().scheduleIfNotExists(task.instance(incident[1]), clock.instant());
    }

    private static String describe(Throwable error) {
        var message = error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
        return error.getCause() != null && error.getCause() != error && error.getMessage() == null
                ? describe(error.getCause())
                : message;
    }

    /** Case jobs are named {@code <case id>@<visit>}; others carry no case. */
    private static UUID caseOf(String instance) {
        var at = instance.indexOf('@');
        if (at != 36) return null;
        try {
            return UUID.fromString(instance.substring(0, at));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
