package org.casework.engine.cases;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.casework.definition.Allocation;
import org.casework.definition.Definitions;
import org.casework.definition.FieldDefinition;
import org.casework.definition.Step;
import org.casework.engine.ApiCallRecovered;
import org.casework.engine.CaseId;
import org.casework.engine.TaskStepReached;
import org.casework.engine.TimelineEntry;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What happens to a case waiting at an API step, under its lock: the answer completes the step; a call that failed
 * every attempt hands the work to the step's failure team as a task while the case goes on waiting. Each checks first
 * that the case still waits at that visit, so a job run twice, a late callback or a retried incident changes nothing.
 */
@Service
public class ApiSteps {

    /** Who the timeline names for the engine's own doings. */
    public static final String SYSTEM = "system";

    /** A case waiting at an API step: what the call needs to be made. */
    public record Visit(
            CaseId caseId,
            String reference,
            int token,
            Step.Api step,
            Map<String, Object> data,
            List<FieldDefinition> fields) {}

    private final CaseRows cases;
    private final Definitions definitions;
    private final CaseEngine engine;
    private final TimelineRows timeline;
    private final ApplicationEventPublisher events;
    private final JdbcClient db;
    private final Clock clock;

    ApiSteps(
            CaseRows cases,
            Definitions definitions,
            CaseEngine engine,
            TimelineRows timeline,
            ApplicationEventPublisher events,
            JdbcClient db,
            Clock clock) {
        this.cases = cases;
        this.definitions = definitions;
        this.engine = engine;
        this.timeline = timeline;
        this.events = events;
        this.db = db;
        this.clock = clock;
    }

    /** The API step the case waits at on this visit, read without a lock; empty once it has moved on or ended. */
    public Optional<Visit> waitingAt(CaseId id, int token) {
        return cases.find(id).flatMap(row -> visit(row, token));
    }

    private Optional<Visit> visit(CaseRow row, int token) {
        if (!row.status().isActive() || row.token() != token) return Optional.empty();
        var process = definitions.published(row.processVersion()).definition();
        if (!(process.step(row.step()).orElse(null) instanceof Step.Api api)) return Optional.empty();
        return Optional.of(new Visit(row.id(), row.reference(), token, api, row.data(), process.fields()));
    }

    /** Adds an entry about the call to the case's timeline, at once (a call is made outside any transaction). */
    public void record(Visit visit, String type, Map<String, Object> detail) {
        timeline.append(List.of(new TimelineRows.NewEvent(
                visit.caseId(), clock.instant(), type, SYSTEM, visit.step().key(), detail)));
    }

    /**
     * The other system answered: records {@code type} with {@code detail} and completes the step with the fields its
     * answer filled, as {@code system}. Returns false, changing nothing, if the case no longer waits at this visit.
     */
    @Transactional
    public boolean answered(CaseId id, int token, Map<String, Object> data, String type, Map<String, Object> detail) {
        var row = cases.lock(id).orElse(null);
        if (row == null) return false;
        var visit = visit(row, token).orElse(null);
        if (visit == null) return false;
        record(visit, type, detail);
        engine.completeStep(id, visit.step().key(), token, data, SYSTEM);
        if (failedBefore(id, token))
            events.publishEvent(new ApiCallRecovered(id, visit.step().key(), token));
        return true;
    }

    /**
     * The call failed every attempt: the case goes on waiting, and its failure team gets a task to finish the step by
     * hand (the task shows the fields the answer would have filled). Called inside the job's failure transaction, with
     * the incident; the team gets one task per visit however often the call is retried.
     */
    @Transactional
    public void gaveUp(CaseId id, int token, int attempts, String reason) {
        var row = cases.lock(id).orElse(null);
        if (row == null) return;
        var visit = visit(row, token).orElse(null);
        if (visit == null) return;
        var api = visit.step();
        record(
                visit,
                "api-call-gave-up",
                TimelineEntry.details("attempts", attempts, "reason", reason, "team", api.failureTeam()));
        var first = db.sql("""
                                insert into api_call_failures (case_id, visit, step_key, failed_at)
                                values (:caseId, :visit, :step, :now)
                                on conflict do nothing""")
                        .param("caseId", id.value())
                        .param("visit", token)
                        .param("step", api.key())
                        .param("now", Timestamp.from(clock.instant()))
                        .update()
                > 0;
        if (!first) return;
        var process = definitions.published(row.processVersion()).definition();
        var name = (api.name() == null ? api.key() : api.name()) + ": the call failed";
        var task = new Step.Task(
                api.key(),
                name,
                api.stage(),
                new Allocation.ToTeam(api.failureTeam()),
                List.copyOf(api.response().keySet()),
                List.of(),
                null,
                null,
                api.next());
        events.publishEvent(new TaskStepReached(
                id,
                row.reference(),
                row.process(),
                row.processVersion(),
                task,
                token,
                null,
                row.data(),
                process.sla() == null ? null : process.sla().remindAfterWorkingDays()));
    }

    private boolean failedBefore(CaseId id, int token) {
        return db.sql("select count(*) from api_call_failures where case_id = :caseId and visit = :visit")
                        .param("caseId", id.value())
                        .param("visit", token)
                        .query(Integer.class)
                        .single()
                > 0;
    }
}
