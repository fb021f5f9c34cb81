package org.casework.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.casework.identity.ApiKeys;
import org.casework.identity.Staff;
import org.casework.support.DaysPass;
import org.casework.support.IntegrationTest;
import org.casework.support.MovableClock;
import org.casework.support.TestCouncil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Sending work back: the approver returns a grant recommendation to the step before, or to the officer who wrote it,
 * with a reason; the case's due date and its stages' targets do not move. Work with nothing before it cannot be sent
 * back.
 */
@IntegrationTest
@Import(DaysPass.class)
@TestPropertySource(properties = DaysPass.NO_JOBS)
class SendingBackThroughTheApiTests {

    /** A Monday with no bank holiday near it. */
    static final LocalDate RECEIVED = LocalDate.of(2025, 6, 2);

    @Autowired
    MovableClock clock;

    @Autowired
    Staff staff;

    @Autowired
    ApiKeys apiKeys;

    @LocalServerPort
    int port;

    TestCouncil council;
    TestCouncil.Officer admin;
    TestCouncil.Officer ann;
    TestCouncil.Officer sam;
    String process;

    @BeforeEach
    void aCouncil() {
        clock.moveTo(RECEIVED);
        council = new TestCouncil(staff, apiKeys, port);
        admin = council.admin();
        ann = council.officer("ann", "grants");
        council.officer("abe", "grants");
        sam = council.officer("sam");
        process = HumanStepProcesses.grant(
                council, admin, "\"approver\": \"" + sam.username() + "\"", council.named("decision-made"));
    }

    @Test
    void sentBackToTheStepTheWorkWaitsInItsQueueAgainWithTheReasonOnTheTimeline() {
        var caseId = preparedByAnn();
        var before = ann.api().get("/api/v1/cases/" + caseId).json();
        var approval = before.path("openTasks").get(0).path("id").asString();
        clock.moveTo(RECEIVED.plusDays(2));

        var sent = sam.api()
                .post(
                        "/api/v1/tasks/" + approval + "/send-back",
                        Map.of("to", "step", "reason", "Add the quotes for the roof."));

        assertThat(sent.status()).as(sent.toString()).isEqualTo(200);
        assertThat(sent.json().path("step").asString()).isEqualTo("prepare");
        assertThat(sent.json().path("state").asString()).isEqualTo("open");
        assertThat(sent.json().path("team").asString()).isEqualTo(council.named("grants"));
        assertThat(sent.json().path("dueOn").asString())
                .as("the returned work has the step's two working days again, from the Wednesday it came back")
                .isEqualTo("2025-06-06");
        var after = ann.api().get("/api/v1/cases/" + caseId).json();
        assertThat(after.path("currentStep").asString()).isEqualTo("prepare");
        assertThat(after.path("dueOn").asString())
                .isEqualTo(before.path("dueOn").asString());
        assertThat(stageTarget(after, "assess"))
                .as("the assessing stage keeps the target it was given the first time: five working days from Monday")
                .isEqualTo("2025-06-09");
        assertThat(sam.api()
                        .get("/api/v1/tasks/" + approval)
                        .json()
                        .path("state")
                        .asString())
                .isEqualTo("cancelled");
        var sentBack = timelineEntry(caseId, "sent-back");
        assertThat(sentBack.path("actor").asString()).isEqualTo(sam.username());
        assertThat(sentBack.path("step").asString()).isEqualTo("manager-approval");
        assertThat(sentBack.path("detail").path("to").asString()).isEqualTo("prepare");
        assertThat(sentBack.path("detail").path("reason").asString()).isEqualTo("Add the quotes for the roof.");
    }

    @Test
    void sentBackToThePersonTheWorkGoesStraightToWhoeverDidItBefore() {
        var caseId = preparedByAnn();
        var approval = ann.api()
                .get("/api/v1/cases/" + caseId)
                .json()
                .path("openTasks")
                .get(0)
                .path("id")
                .asString();

        var sent = sam.api()
                .post(
                        "/api/v1/tasks/" + approval + "/send-back",
                        Map.of("to", "person", "reason", "Check the applicant's accounts."));

        assertThat(sent.status()).as(sent.toString()).isEqualTo(200);
        assertThat(sent.json().path("assignee").asString()).isEqualTo(ann.username());
        assertThat(sent.json().path("state").asString()).isEqualTo("claimed");
        var mine = ann.api().get("/api/v1/tasks/mine").json().path("tasks");
        assertThat(mine.size()).isEqualTo(1);
        assertThat(mine.get(0).path("step").asString()).isEqualTo("prepare");
        var again = ann.api()
                .post("/api/v1/tasks/" + sent.json().path("id").asString() + "/complete", Map.of("data", Map.of()));
        assertThat(again.status()).as(again.toString()).isEqualTo(200);
        assertThat(ann.api()
                        .get("/api/v1/cases/" + caseId)
                        .json()
                        .path("currentStep")
                        .asString())
                .isEqualTo("manager-approval");
    }

    @Test
    void theFirstStepHasNothingToSendBackTo() {
        var started =
                ann.api().post("/api/v1/cases", Map.of("process", process, "data", Map.of("summary", "Scout hut")));
        var prepare = started.json().path("openTasks").get(0).path("id").asString();
        ann.api().post("/api/v1/tasks/" + prepare + "/claim", Map.of());

        var withoutReason = ann.api().post("/api/v1/tasks/" + prepare + "/send-back", Map.of("to", "step"));
        assertThat(withoutReason.status()).isEqualTo(422);
        assertThat(withoutReason.body()).contains("reason").contains("Say why you are sending it back");

        var nowhere = ann.api()
                .post("/api/v1/tasks/" + prepare + "/send-back", Map.of("to", "step", "reason", "Wrong form."));

        assertThat(nowhere.status()).isEqualTo(409);
        assertThat(nowhere.contentType()).startsWith("application/problem+json");
        assertThat(nowhere.body()).contains("no earlier step");
        assertThat(ann.api()
                        .get("/api/v1/tasks/" + prepare)
                        .json()
                        .path("state")
                        .asString())
                .isEqualTo("claimed");
    }

    private String preparedByAnn() {
        var started = ann.api()
                .post("/api/v1/cases", Map.of("process", process, "data", Map.of("summary", "Village hall roof")));
        assertThat(started.status()).as(started.toString()).isEqualTo(201);
        var prepare = started.json().path("openTasks").get(0).path("id").asString();
        ann.api().post("/api/v1/tasks/" + prepare + "/claim", Map.of());
        var done = ann.api().post("/api/v1/tasks/" + prepare + "/complete", Map.of("data", Map.of()));
        assertThat(done.status()).as(done.toString()).isEqualTo(200);
        return started.json().path("id").asString();
    }

    private static String stageTarget(JsonNode kase, String stage) {
        for (var one : kase.path("stages")) {
            if (one.path("key").asString().equals(stage))
                return one.path("targetDate").asString();
        }
        throw new AssertionError("No stage " + stage);
    }

    private JsonNode timelineEntry(String caseId, String type) {
        for (var entry :
                admin.api().get("/api/v1/cases/" + caseId + "/timeline").json()) {
            if (entry.path("type").asString().equals(type)) return entry;
        }
        throw new AssertionError("No " + type + " on the timeline of " + caseId);
    }
}
