package org.casework.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casework.api.ProblemAssertions.assertProblem;
import static org.casework.api.ProblemAssertions.errors;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.casework.identity.ApiKeys;
import org.casework.identity.Staff;
import org.casework.platform.CouncilTime;
import org.casework.support.IntegrationTest;
import org.casework.support.TestCouncil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * A process that asks the citizen for evidence, published and run over the API: the case waits on the citizen with
 * its SLA clock stopped, and the timeline says so.
 */
@IntegrationTest
class InformationRequestsThroughTheApiTests {

    @Autowired
    Staff staff;

    @Autowired
    ApiKeys apiKeys;

    @LocalServerPort
    int port;

    TestCouncil council;
    TestCouncil.Officer admin;
    TestCouncil.Officer officer;
    String document;
    String key;

    @BeforeEach
    void writeTheProcess() {
        council = new TestCouncil(staff, apiKeys, port);
        admin = council.admin();
        officer = council.officer("ife", "officers");
        document = council.process("apply-with-evidence.json", "apply-with-evidence", "officers");
        key = council.named("apply-with-evidence");
    }

    @Test
    void aCaseAtAnInformationRequestWaitsOnTheCitizenWithItsSlaClockStopped() {
        council.publish(admin.api(), document, key);

        var started =
                officer.api().post("/api/v1/cases", Map.of("process", key, "data", Map.of("summary", "A Blue Badge")));
        assertThat(started.status()).as(started.toString()).isEqualTo(201);
        var read = officer.api().get("/api/v1/cases/" + started.text("/id"));

        var view = read.json();
        var today = CouncilTime.dayOf(Instant.parse(view.path("createdAt").asString()));
        assertThat(view.path("status").asString()).isEqualTo("waiting");
        assertThat(view.path("currentStep").asString()).isEqualTo("ask-for-evidence");
        assertThat(view.path("currentStepName").asString()).isEqualTo("Ask the applicant for their evidence");
        assertThat(view.path("currentStage").asString()).isEqualTo("checking");
        assertThat(view.path("slaPausedSince").asString()).isEqualTo(today.toString());
        assertThat(view.path("openTasks").size()).isZero();
        var step = view.path("steps").get(0);
        assertThat(step.path("step").asString()).isEqualTo("ask-for-evidence");
        assertThat(step.path("kind").asString()).isEqualTo("information-request");
        assertThat(step.path("completedAt").isNull()).isTrue();
        var timeline = timeline(started.text("/id"));
        assertThat(timeline)
                .extracting(e -> e.path("type").asString())
                .containsSubsequence("case-started", "stage-entered", "step-entered", "fields-set", "sla-paused");
        assertThat(timeline)
                .filteredOn(e -> e.path("type").asString().equals("sla-paused"))
                .singleElement()
                .satisfies(e -> assertThat(e.path("step").asString()).isEqualTo("ask-for-evidence"))
                .satisfies(e -> assertThat(e.path("detail").path("reason").asString())
                        .isEqualTo("Waiting for the citizen: Ask the applicant for their evidence"));
    }

    @Test
    void theStepReadsBackAsWritten() {
        council.publish(admin.api(), document, key);

        var version =
                admin.api().get("/api/v1/definitions/" + key + "/versions/1").json();

        var step = version.at("/steps/0");
        assertThat(step.path("kind").asString()).isEqualTo("information-request");
        assertThat(step.path("documents").get(0).asString()).isEqualTo("proof-of-eligibility");
        assertThat(step.path("replyWithinWorkingDays").asInt()).isEqualTo(5);
        assertThat(step.path("overdue").asString()).isEqualTo("chase-evidence");
        assertThat(version.at("/sla/pauseWhileWaitingOnCitizen").asBoolean()).isTrue();
    }

    @Test
    void aRequestWithoutAMessageOrTimeToReplyCannotBePublished() {
        var broken = document.replace("\"message\": \"Please send us your award letter.\",", "")
                .replace("\"replyWithinWorkingDays\": 5", "\"replyWithinWorkingDays\": 0")
                .replace("\"overdue\": \"chase-evidence\"", "\"overdue\": \"chase\"");
        admin.api().put("/api/v1/definitions/" + key + "/draft", broken, "application/json");

        var refused = admin.api().post("/api/v1/definitions/" + key + "/publish", Map.of("changeNote", "Broken"));

        assertThat(errors(assertProblem(refused, 422)))
                .containsEntry(
                        "$.steps[0].message",
                        "Information request 'ask-for-evidence' has no message: say what the citizen is asked for")
                .containsEntry(
                        "$.steps[0].replyWithinWorkingDays",
                        "Information request 'ask-for-evidence' must give the citizen at least one working day to"
                                + " reply")
                .containsEntry(
                        "$.steps[0].overdue",
                        "Information request 'ask-for-evidence' goes to 'chase' when the reply is overdue, which"
                                + " does not exist");
    }

    private List<JsonNode> timeline(String caseId) {
        var entries = new ArrayList<JsonNode>();
        officer.api().get("/api/v1/cases/" + caseId + "/timeline").json().forEach(entries::add);
        return entries;
    }
}
