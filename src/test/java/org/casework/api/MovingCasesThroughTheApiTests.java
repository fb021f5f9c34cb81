package org.casework.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.casework.identity.ApiKeys;
import org.casework.identity.Staff;
import org.casework.support.IntegrationTest;
import org.casework.support.TestCouncil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * In a flexible process an officer may move a case to any stage; a restricted one runs its stages in order and
 * refuses, saying why.
 */
@IntegrationTest
class MovingCasesThroughTheApiTests {

    @Autowired
    Staff staff;

    @Autowired
    ApiKeys apiKeys;

    @LocalServerPort
    int port;

    TestCouncil council;
    TestCouncil.Officer admin;
    TestCouncil.Officer officer;

    @BeforeEach
    void aCouncil() {
        council = new TestCouncil(staff, apiKeys, port);
        admin = council.admin();
        officer = council.officer("fran", "housing");
    }

    /** Intake, assessment and decision stages, one task each; {@code mode} as given (null leaves it out). */
    private String publish(String name, String mode) {
        var key = council.named(name);
        var team = council.named("housing");
        return council.publish(
                admin.api(),
                """
                {"key": "%s", "name": "Housing support", %s
                 "stages": [{"key": "intake", "name": "Intake", "targetWorkingDays": 2},
                            {"key": "assess", "name": "Assessment", "targetWorkingDays": 10},
                            {"key": "decide", "name": "Decision", "targetWorkingDays": 5}],
                 "start": "triage",
                 "steps": [
                   {"kind": "task", "key": "triage", "stage": "intake", "allocation": {"team": "%s"}, "next": "visit"},
                   {"kind": "task", "key": "visit", "stage": "assess", "allocation": {"team": "%s"}, "next": "decide"},
                   {"kind": "task", "key": "decide", "stage": "decide", "allocation": {"team": "%s"}, "next": "done"},
                   {"kind": "end", "key": "done", "outcome": "decided"}
                 ]}
                """.formatted(key, mode == null ? "" : "\"mode\": \"" + mode + "\",", team, team, team),
                key);
    }

    private JsonNode start(String process) {
        var started = officer.api().post("/api/v1/cases", Map.of("process", process, "data", Map.of()));
        assertThat(started.status()).as(started.toString()).isEqualTo(201);
        return started.json();
    }

    private List<String> timelineTypes(String id) {
        var types = new ArrayList<String>();
        officer.api()
                .get("/api/v1/cases/" + id + "/timeline")
                .json()
                .forEach(e -> types.add(e.path("type").asString()));
        return types;
    }

    @Test
    void anOfficerMovesACaseOfAFlexibleProcessToAnyStage() {
        var started = start(publish("support-flexible", "flexible"));
        var id = started.path("id").asString();
        var triageTask = started.path("openTasks").get(0).path("id").asString();

        var moved = officer.api()
                .post(
                        "/api/v1/cases/" + id + "/move",
                        Map.of("stage", "decide", "reason", "Emergency: no assessment needed"));

        assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
        assertThat(moved.text("/currentStage")).isEqualTo("decide");
        assertThat(moved.text("/currentStep")).isEqualTo("decide");
        assertThat(moved.json().path("openTasks"))
                .singleElement()
                .satisfies(task -> assertThat(task.path("step").asString()).isEqualTo("decide"));
        assertThat(officer.api().get("/api/v1/tasks/" + triageTask).text("/state"))
                .isEqualTo("cancelled");
        var entry = new ArrayList<JsonNode>();
        officer.api().get("/api/v1/cases/" + id + "/timeline").json().forEach(e -> {
            if (e.path("type").asString().equals("moved-to-stage")) entry.add(e);
        });
        assertThat(entry).singleElement().satisfies(e -> {
            assertThat(e.path("step").asString()).isEqualTo("triage");
            assertThat(e.path("detail").path("stage").asString()).isEqualTo("decide");
            assertThat(e.path("detail").path("reason").asString()).isEqualTo("Emergency: no assessment needed");
        });

        var back = officer.api()
                .post("/api/v1/cases/" + id + "/move", Map.of("stage", "intake", "reason", "Details were wrong"));
        assertThat(back.text("/currentStep")).isEqualTo("triage");
        assertThat(timelineTypes(id).stream().filter("moved-to-stage"::equals)).hasSize(2);
    }

    @Test
    void theTaskOfTheStepTheCaseLeftCanNoLongerMoveIt() {
        var started = start(publish("support-stale", "flexible"));
        var id = started.path("id").asString();
        var triageTask = started.path("openTasks").get(0).path("id").asString();
        officer.api().post("/api/v1/tasks/" + triageTask + "/claim", Map.of());

        officer.api().post("/api/v1/cases/" + id + "/move", Map.of("stage", "assess", "reason", "Skip triage"));
        var completed = officer.api().post("/api/v1/tasks/" + triageTask + "/complete", Map.of("data", Map.of()));

        assertThat(completed.status()).isEqualTo(409);
        assertThat(officer.api().get("/api/v1/cases/" + id).text("/currentStep"))
                .isEqualTo("visit");
    }

    @Test
    void aRestrictedProcessRefusesToMoveACaseAndSaysWhy() {
        var started = start(publish("support-restricted", null));
        var id = started.path("id").asString();

        var refused =
                officer.api().post("/api/v1/cases/" + id + "/move", Map.of("stage", "decide", "reason", "Emergency"));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.contentType()).contains("application/problem+json");
        assertThat(refused.text("/errors/0/field")).isEqualTo("stage");
        assertThat(refused.text("/errors/0/reason")).contains("restricted process");
        assertThat(officer.api().get("/api/v1/cases/" + id).text("/currentStep"))
                .isEqualTo("triage");
        assertThat(timelineTypes(id)).doesNotContain("moved-to-stage");
    }

    @Test
    void aMoveNeedsAStageOfTheProcessAndAReason() {
        var id = start(publish("support-checks", "flexible")).path("id").asString();

        var nowhere =
                officer.api().post("/api/v1/cases/" + id + "/move", Map.of("stage", "nowhere", "reason", "Because"));
        var noReason = officer.api().post("/api/v1/cases/" + id + "/move", Map.of("stage", "decide"));

        assertThat(nowhere.status()).isEqualTo(422);
        assertThat(nowhere.text("/errors/0/field")).isEqualTo("stage");
        assertThat(noReason.status()).isEqualTo(422);
        assertThat(noReason.text("/errors/0/field")).isEqualTo("reason");
    }

    @Test
    void someoneWhoCannotSeeTheCaseCannotMoveIt() {
        var id = start(publish("support-hidden", "flexible")).path("id").asString();
        var stranger = council.officer("stan", "parking");

        var moved =
                stranger.api().post("/api/v1/cases/" + id + "/move", Map.of("stage", "decide", "reason", "Curious"));

        assertThat(moved.status()).isEqualTo(404);
    }

    @Test
    void aRequestToTheCitizenMadeByTheStepTheCaseLeftIsWithdrawn() {
        var key = council.named("support-asking");
        var team = council.named("housing");
        var process = council.publish(admin.api(), """
                {"key": "%s", "name": "Housing support", "mode": "flexible",
                 "stages": [{"key": "intake", "name": "Intake", "targetWorkingDays": 2},
                            {"key": "decide", "name": "Decision", "targetWorkingDays": 5}],
                 "start": "ask",
                 "steps": [
                   {"kind": "information-request", "key": "ask", "stage": "intake",
                    "message": "Send your tenancy agreement", "replyWithinWorkingDays": 10, "next": "decide"},
                   {"kind": "task", "key": "decide", "stage": "decide", "allocation": {"team": "%s"}, "next": "done"},
                   {"kind": "end", "key": "done", "outcome": "decided"}
                 ]}
                """.formatted(key, team), key);
        var started = start(process);
        var id = started.path("id").asString();
        assertThat(started.path("status").asString()).isEqualTo("waiting");

        var moved = officer.api()
                .post("/api/v1/cases/" + id + "/move", Map.of("stage", "decide", "reason", "Tenancy seen in person"));

        assertThat(moved.text("/status")).isEqualTo("open");
        assertThat(officer.api()
                        .get("/api/v1/cases/" + id + "/information-requests")
                        .json()
                        .get(0)
                        .path("status")
                        .asString())
                .isEqualTo("withdrawn");
    }
}
