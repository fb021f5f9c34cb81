package org.casework.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.casework.identity.ApiKeys;
import org.casework.identity.Staff;
import org.casework.support.IntegrationTest;
import org.casework.support.TestCouncil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** A case at a timer step waits by itself and moves on when the timer falls due, with nobody touching it. */
@IntegrationTest
class TimerStepTests {

    private static final Duration PATIENCE = Duration.ofSeconds(15);

    @Autowired
    Staff staff;

    @Autowired
    ApiKeys apiKeys;

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    TestCouncil council;
    TestCouncil.Officer officer;
    TestCouncil.Officer admin;
    String coolingOff;
    String replyBy;

    @BeforeEach
    void publishProcessesWithTimers() {
        council = new TestCouncil(staff, apiKeys, port);
        officer = council.officer("olive", "officers");
        admin = council.admin();
        coolingOff = council.publish(
                admin.api(),
                council.process("cooling-off.json", "cooling-off", "officers"),
                council.named("cooling-off"));
        replyBy = council.publish(
                admin.api(),
                council.process("wait-for-a-reply.json", "wait-for-a-reply"),
                council.named("wait-for-a-reply"));
    }

    @Test
    void aCaseWaitsAtATimerAndMovesOnToTheNextTaskByItselfWhenItFallsDue() {
        var started = officer.api()
                .post("/api/v1/cases", Map.of("process", coolingOff, "data", Map.of("summary", "A new bin")));

        assertThat(started.status()).as(started.toString()).isEqualTo(201);
        assertThat(started.text("/status")).isEqualTo("waiting");
        assertThat(started.text("/currentStep")).isEqualTo("wait-out-cooling-off");
        assertThat(started.json().path("openTasks").size()).isZero();
        var caseId = started.text("/id");
        var timerSet = only(timeline(caseId), "timer-set", "wait-out-cooling-off");
        assertThat(Instant.parse(timerSet.path("detail").path("dueAt").asString()))
                .as("one second after the case started")
                .isCloseTo(Instant.parse(started.text("/createdAt")).plusSeconds(1), within(1, ChronoUnit.MILLIS));

        await().atMost(PATIENCE).until(() -> currentStep(caseId).equals("follow-up"));

        var followingUp = officer.api().get("/api/v1/cases/" + caseId).json();
        assertThat(followingUp.path("status").asString()).isEqualTo("open");
        assertThat(followingUp.path("currentStage").asString()).isEqualTo("follow-up");
        assertThat(followingUp.path("openTasks").get(0).path("team").asString()).isEqualTo(council.named("officers"));
        var timeline = timeline(caseId);
        var timerDone = only(timeline, "step-completed", "wait-out-cooling-off");
        assertThat(timerDone.path("actor").asString()).isEqualTo("system");
        assertThat(types(timeline))
                .containsSubsequence("timer-set", "step-completed", "stage-entered", "step-entered", "task-created");
    }

    @Test
    void aTimerWaitingForADateAlreadyPastFiresAtOnce() {
        var started = officer.api()
                .post("/api/v1/cases", Map.of("process", replyBy, "data", Map.of("reply-by", "2020-01-06")));
        assertThat(started.status()).as(started.toString()).isEqualTo(201);
        var caseId = started.text("/id");

        await().atMost(Duration.ofSeconds(5)).until(() -> status(caseId).equals("closed"));

        var closed = officer.api().get("/api/v1/cases/" + caseId).json();
        assertThat(closed.path("outcome").asString()).isEqualTo("no-reply");
        var timeline = timeline(caseId);
        var timerSet = only(timeline, "timer-set", "wait-for-reply");
        assertThat(timerSet.path("detail").path("dueAt").asString()).isEqualTo("2020-01-06T00:00:00Z");
        assertThat(only(timeline, "step-completed", "wait-for-reply")
                        .path("actor")
                        .asString())
                .isEqualTo("system");
        assertThat(types(timeline).getLast()).isEqualTo("case-closed");
    }

    @Test
    void aTimerThatFallsDueAfterTheCaseWasAbandonedChangesNothing() {
        // A case waiting at a timer has had no work given to any team yet, so only whoever started it and the
        // administrators can see it: Olive starts it, an administrator abandons it.
        var caseId = officer.api()
                .post("/api/v1/cases", Map.of("process", coolingOff, "data", Map.of("summary", "Changed my mind")))
                .text("/id");
        var abandoned = admin.api()
                .post("/api/v1/cases/" + caseId + "/abandon", Map.of("reason", "withdrawn", "note", "By phone"));
        assertThat(abandoned.status()).as(abandoned.toString()).isEqualTo(200);
        var timelineWhenAbandoned = timeline(caseId);

        await().atMost(PATIENCE).until(() -> timersWaiting(caseId) == 0);

        var afterwards = officer.api().get("/api/v1/cases/" + caseId).json();
        assertThat(afterwards.path("status").asString()).isEqualTo("abandoned");
        assertThat(afterwards.path("outcome").asString()).isEqualTo("withdrawn");
        assertThat(afterwards.path("openTasks").size()).isZero();
        assertThat(timeline(caseId)).isEqualTo(timelineWhenAbandoned);
        assertThat(types(timelineWhenAbandoned).getLast()).isEqualTo("case-abandoned");
        assertThat(incidentsFor(caseId)).isZero();
    }

    private List<JsonNode> timeline(String caseId) {
        var entries = new ArrayList<JsonNode>();
        officer.api().get("/api/v1/cases/" + caseId + "/timeline").json().forEach(entries::add);
        return entries;
    }

    private String currentStep(String caseId) {
        return officer.api().get("/api/v1/cases/" + caseId).text("/currentStep");
    }

    private String status(String caseId) {
        return officer.api().get("/api/v1/cases/" + caseId).text("/status");
    }

    /** Timer jobs still scheduled for the case; the job row goes once the timer has run. */
    private long timersWaiting(String caseId) {
        return jdbc.sql("select count(*) from scheduled_tasks where task_instance like :case")
                .param("case", caseId + "@%")
                .query(Long.class)
                .single();
    }

    private long incidentsFor(String caseId) {
        return jdbc.sql("select count(*) from incidents where case_id = :case")
                .param("case", UUID.fromString(caseId))
                .query(Long.class)
                .single();
    }

    private static JsonNode only(List<JsonNode> timeline, String type, String step) {
        var matching = timeline.stream()
                .filter(e -> e.path("type").asString().equals(type)
                        && e.path("step").asString().equals(step))
                .toList();
        assertThat(matching).as("%s entries for step %s", type, step).hasSize(1);
        return matching.getFirst();
    }

    private static List<String> types(List<JsonNode> timeline) {
        return timeline.stream().map(e -> e.path("type").asString()).toList();
    }
}
