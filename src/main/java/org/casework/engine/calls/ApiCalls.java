package org.casework.engine.calls;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Collectors;
import org.casework.engine.CaseId;
import org.casework.engine.Incidents;
import org.casework.engine.InvalidCaseData;
import org.casework.engine.TimelineEntry;
import org.casework.engine.cases.ApiSteps;
import org.casework.platform.Secrets;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * API steps as jobs: the {@code api-call} job, one per visit ({@code <case>@<token>}), scheduled in the move's
 * transaction so it runs only once the move has committed. The call is made outside any transaction; the answer then
 * completes the step under the case's lock. A failed attempt is tried again with backoff as often as the step allows;
 * after the last, the incident is recorded and the failure team given a task, in one transaction.
 */
@Component
public class ApiCalls {

    static final String JOB = "api-call";

    private final OneTimeTask<Void> task;
    private final SchedulerClient scheduler;
    private final ApiSteps steps;
    private final SecretRows secrets;
    private final CallbackRows callbacks;
    private final ApiCallProperties properties;
    private final Clock clock;
    private final HttpClient client;

    ApiCalls(
            Incidents incidents,
            ApiCallProperties properties,
            @Lazy ApiSteps steps,
            SecretRows secrets,
            CallbackRows callbacks,
            Clock clock,
            @Lazy SchedulerClient scheduler) {
        this.scheduler = scheduler;
        this.steps = steps;
        this.secrets = secrets;
        this.callbacks = callbacks;
        this.properties = properties;
        this.clock = clock;
        // Redirects are not followed: a request carrying a secret goes only where its step says.
        this.client = HttpClient.newBuilder()
                .connectTimeout(properties.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        this.task = Tasks.oneTime(JOB, Void.class)
                .onFailure(incidents.retryThenRecord(this::attemptsAllowed, properties.firstRetryDelay(), this::gaveUp))
                .execute((instance, context) -> call(instance.getId(), context.getExecution().consecutiveFailures + 1));
    }

    OneTimeTask<Void> task() {
        return task;
    }

    /** Calls the other system for the case's visit to an API step, once the caller's transaction commits. */
    public void schedule(CaseId caseId, int token, Instant at) {
        scheduler.scheduleIfNotExists(task.instance(caseId + "@" + token), at);
    }

    private void call(String instance, int attempt) {
        var visit = steps.waitingAt(caseOf(instance), tokenOf(instance)).orElse(null);
        if (visit == null) return; // The case has moved on or ended: nothing to call for.
        var step = visit.step();
        String callbackUrl = null;
        if (step.callsBack()) {
            var token = Secrets.newToken();
            callbacks.insert(Secrets.sha256(token), visit.caseId(), step.key(), visit.token(), clock.instant());
            callbackUrl = properties.callbackUrl(token);
        }
        HttpResponse<String> response;
        try {
            var request = Requests.build(
                    visit,
                    name -> secrets.open(name).orElseThrow(() -> new CallFailed("secret '" + name + "' is not stored")),
                    callbackUrl);
            response = client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (CallFailed e) {
            throw failed(visit, attempt, e.getMessage(), null);
        } catch (HttpTimeoutException e) {
            var seconds = step.timeoutOrDefault();
            throw failed(visit, attempt, "no answer within " + seconds + (seconds == 1 ? " second" : " seconds"), null);
        } catch (ConnectException e) {
            throw failed(visit, attempt, "could not connect", null);
        } catch (IOException e) {
            throw failed(
                    visit, attempt, "the connection failed (" + e.getClass().getSimpleName() + ")", null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw failed(visit, attempt, "interrupted while waiting for the answer", null);
        }
        var status = response.statusCode();
        if (status < 200 || status > 299) throw failed(visit, attempt, "answered " + status, status);
        var detail = TimelineEntry.details("status", status, "attempt", attempt);
        if (step.callsBack()) {
            steps.record(visit, "api-call-made", detail);
            return;
        }
        Map<String, Object> fields;
        try {
            fields = AnswerMapping.fields(step, visit.fields(), response.body());
        } catch (AnswerMapping.Unreadable e) {
            throw failed(visit, attempt, e.getMessage() + " (status " + status + ")", status);
        }
        try {
            steps.answered(visit.caseId(), visit.token(), fields, "api-call-answered", detail);
        } catch (InvalidCaseData e) {
            var problems =
                    e.problems().stream().map(p -> p.field() + " " + p.reason()).collect(Collectors.joining("; "));
            throw failed(visit, attempt, "the answer did not fit the case's fields: " + problems, status);
        }
    }

    /** Records the failed attempt on the case's timeline; the job's failure handler decides what comes next. */
    private CallFailed failed(ApiSteps.Visit visit, int attempt, String reason, Integer status) {
        steps.record(
                visit,
                "api-call-failed",
                TimelineEntry.details("attempt", attempt, "status", status, "reason", reason));
        return new CallFailed(reason);
    }

    private int attemptsAllowed(String instance) {
        return steps.waitingAt(caseOf(instance), tokenOf(instance))
                .map(visit -> visit.step().attemptsOrDefault())
                .orElse(1);
    }

    private void gaveUp(String instance, int attempts, String message) {
        steps.gaveUp(caseOf(instance), tokenOf(instance), attempts, message);
    }

    private static CaseId caseOf(String instance) {
        return CaseId.parse(instance.substring(0, instance.lastIndexOf('@')));
    }

    private static int tokenOf(String instance) {
        return Integer.parseInt(instance.substring(instance.lastIndexOf('@') + 1));
    }
}
