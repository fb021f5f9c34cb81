package org.casework.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
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
 * A timer whose next step cannot run (here a branch comparing a text priority with a number) fails every attempt and
 * becomes an incident an administrator can see and retry, while the case waits safely at its timer.
 */
@IntegrationTest
class IncidentTests {

    private static final Duration PATIENCE = Duration.ofSeconds(15);

    @Autowired
    Staff staff;

    @Autowired
    ApiKeys apiKeys;

    @LocalServerPort
    int port;

    TestCouncil council;
    TestCouncil.Officer admin;
    String process;

    @BeforeEach
    void publishAProcessThatFailsAfterItsTimer() {
        council = new TestCouncil(staff, apiKeys, port);
        admin = council.admin();
        process = council.publish(
                admin.api(), council.process("priority-check.json", "priority-check"), council.named("priority-check"));
    }

    @Test
    void aTimerJobThatFailsEveryAttemptBecomesAnIncidentNamingTheStepAndTheField() {
        var caseId = startWithPriority("high");

        var incident = await().atMost(PATIENCE)
                .until(() -> openIncidents(caseId), found -> found.size() == 1)
                .getFirst();

        assertThat(incident.path("job").asString()).isEqualTo("case-timer");
        assertThat(incident.path("jobInstance").asString()).startsWith(caseId + "@");
        assertThat(incident.path("attempts").asInt()).isEqualTo(2);
        assertThat(incident.path("message").asString())
                .contains("step 'check-priority'")
                .contains("field 'priority'")
                .contains("'high'");
        var stuck = admin.api().get("/api/v1/cases/" + caseId).json();
        assertThat(stuck.path("status").asString()).isEqualTo("waiting");
        assertThat(stuck.path("currentStep").asString()).isEqualTo("pause");
        assertThat(stepsCompleted(caseId)).doesNotContain("pause", "check-priority");
    }

    @Test
    void retryingAnIncidentRunsTheJobAgainAndAFreshFailureRaisesANewIncident() {
        var caseId = startWithPriority("high");
        var first = await().atMost(PATIENCE)
                .until(() -> openIncidents(caseId), found -> found.size() == 1)
                .getFirst();
        var firstId = first.path("id").asString();

        var retried = admin.api().post("/api/v1/incidents/" + firstId + "/retry", Map.of());

        assertThat(retried.status()).as(retried.toString()).isEqualTo(202);
        var afterRetry = incidents(caseId, null).stream()
                .filter(i -> i.path("id").asString().equals(firstId))
                .findFirst()
                .orElseThrow();
        assertThat(afterRetry.path("status").asString()).isEqualTo("retried");
        assertThat(afterRetry.path("retriedBy").asString()).isEqualTo(admin.username());
        assertThat(afterRetry.path("retriedAt").asString()).isNotBlank();
        var second = await().atMost(PATIENCE)
                .until(() -> openIncidents(caseId), found -> found.size() == 1)
                .getFirst();
        assertThat(second.path("id").asString()).isNotEqualTo(firstId);
        assertThat(second.path("jobInstance").asString())
                .isEqualTo(first.path("jobInstance").asString());
        assertThat(second.path("attempts").asInt()).isEqualTo(2);
        assertThat(admin.api().get("/api/v1/cases/" + caseId).text("/currentStep"))
                .isEqualTo("pause");
        assertThat(admin.api()
                        .post("/api/v1/incidents/" + firstId + "/retry", Map.of())
                        .status())
                .as("an incident already retried cannot be retried again")
                .isEqualTo(404);
    }

    private String startWithPriority(String priority) {
        var started =
                admin.api().post("/api/v1/cases", Map.of("process", process, "data", Map.of("priority", priority)));
        assertThat(started.status()).as(started.toString()).isEqualTo(201);
        assertThat(started.text("/currentStep")).isEqualTo("pause");
        return started.text("/id");
    }

    private List<JsonNode> openIncidents(String caseId) {
        return incidents(caseId, "open");
    }

    private List<JsonNode> incidents(String caseId, String status) {
        var response = admin.api().get("/api/v1/incidents" + (status == null ? "" : "?status=" + status));
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        var forCase = new ArrayList<JsonNode>();
        response.json().forEach(i -> {
            if (i.path("caseId").asString().equals(caseId)) forCase.add(i);
        });
        return forCase;
    }

    private List<String> stepsCompleted(String caseId) {
        var steps = new ArrayList<String>();
        admin.api().get("/api/v1/cases/" + caseId + "/timeline").json().forEach(e -> {
            if (e.path("type").asString().equals("step-completed"))
                steps.add(e.path("step").asString());
        });
        return steps;
    }
}
