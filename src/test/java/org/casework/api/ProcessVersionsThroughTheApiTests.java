package org.casework.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.casework.identity.ApiKeys;
import org.casework.identity.Staff;
import org.casework.support.Api;
import org.casework.support.IntegrationTest;
import org.casework.support.TestCouncil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Version 2 of "Report a problem" replaces the supervisors' review with a sign-off and gives the case 15 working days:
 * the API says so in words, and moves running cases from version 1, keeping the work of those whose step is still
 * there and placing the others where the administrator says.
 */
@IntegrationTest
class ProcessVersionsThroughTheApiTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    Staff staff;

    @Autowired
    ApiKeys apiKeys;

    @LocalServerPort
    int port;

    TestCouncil council;
    Api admin;
    TestCouncil.Officer highways;
    TestCouncil.Officer supervisor;
    String process;
    String definitions;

    @BeforeEach
    void versionOneIsPublished() {
        council = new TestCouncil(staff, apiKeys, port);
        admin = council.admin().api();
        highways = council.officer("hal", "highways");
        supervisor = council.officer("sue", "supervisors");
        council.team("environment");
        process = council.publishReportAProblem(admin);
        definitions = "/api/v1/definitions/" + process;
    }

    /** Version 2: the review becomes a sign-off, and the case has 15 working days instead of 10. */
    private String versionTwo() {
        var tree = (ObjectNode) JSON.readTree(
                council.process("report-a-problem.json", "report-a-problem", "highways", "environment", "supervisors"));
        var steps = (ArrayNode) tree.path("steps");
        for (int i = 0; i < steps.size(); i++) {
            var step = (ObjectNode) steps.get(i);
            if (step.path("key").asString().equals("triage")) step.put("next", "sign-off");
            if (step.path("key").asString().equals("review")) {
                step.put("key", "sign-off");
                step.put("name", "Sign off the decision");
            }
        }
        ((ObjectNode) tree.path("sla")).put("targetWorkingDays", 15);
        return JSON.writeValueAsString(tree);
    }

    private void publishVersionTwo() {
        council.publish(admin, versionTwo(), process);
    }

    private JsonNode start() {
        var data = new HashMap<String, Object>();
        data.put("category", "pothole");
        data.put("postcode", "SW1A 1AA");
        var started = highways.api().post("/api/v1/cases", Map.of("process", process, "data", data));
        assertThat(started.status()).as(started.toString()).isEqualTo(201);
        return started.json();
    }

    private JsonNode caseOf(JsonNode started) {
        return admin.get("/api/v1/cases/" + started.path("id").asString()).json();
    }

    private void completeTriage(JsonNode started) {
        var taskId = caseOf(started).path("openTasks").get(0).path("id").asString();
        highways.api().post("/api/v1/tasks/" + taskId + "/claim", Map.of());
        var done = highways.api()
                .post("/api/v1/tasks/" + taskId + "/complete", Map.of("data", Map.of("decision", "accept")));
        assertThat(done.status()).as(done.toString()).isEqualTo(200);
    }

    private Api.Response migrations(Map<String, Object> body) {
        return admin.post(definitions + "/migrations", body);
    }

    private static Map<String, JsonNode> byReference(JsonNode migration) {
        var cases = new HashMap<String, JsonNode>();
        migration.path("cases").forEach(c -> cases.put(c.path("reference").asString(), c));
        return cases;
    }

    @Test
    void theComparisonSaysWhatChangedInTheDomainsWords() {
        publishVersionTwo();

        var compared = admin.get(definitions + "/compare?from=1&to=2");

        assertThat(compared.status()).as(compared.toString()).isEqualTo(200);
        var changes = new ArrayList<String>();
        compared.json()
                .path("changes")
                .forEach(c -> changes.add(c.path("area").asString() + " "
                        + c.path("subject").asString() + " " + c.path("kind").asString() + ": "
                        + c.path("details").get(0).asString()));
        assertThat(changes)
                .contains(
                        "service-level Service level changed: Target (working days) changed from 10 to 15",
                        "step triage changed: Goes next to changed from 'review' to 'sign-off'",
                        "step review removed: A task step 'Review the decision' in stage 'decision', goes next to closed",
                        "step sign-off added: A task step 'Sign off the decision' in stage 'decision', goes next to closed");
        assertThat(compared.json().path("from").asString()).isEqualTo("version 1");
    }

    @Test
    void theDraftComparesWithTheLatestVersion() {
        council.saveDraft(admin, versionTwo(), process);

        var compared = admin.get(definitions + "/compare?from=latest&to=draft").json();

        assertThat(compared.path("to").asString()).isEqualTo("the draft");
        assertThat(compared.path("changes").size()).isEqualTo(4);
        assertThat(admin.get(definitions + "/compare?from=7&to=draft").status()).isEqualTo(404);
    }

    @Test
    void thePreviewSaysWhichCasesCanMoveAndWhyNotChangingNothing() {
        var atTriage = start();
        var atReview = start();
        completeTriage(atReview);
        publishVersionTwo();

        var preview = migrations(Map.of("toVersion", 2, "execute", false));

        assertThat(preview.status()).as(preview.toString()).isEqualTo(200);
        var cases = byReference(preview.json());
        var triage = cases.get(atTriage.path("reference").asString());
        assertThat(triage.path("canMove").asBoolean()).isTrue();
        assertThat(triage.path("reason").asString()).isEqualTo("Stays at step 'triage'; its work goes on");
        var review = cases.get(atReview.path("reference").asString());
        assertThat(review.path("canMove").asBoolean()).isFalse();
        assertThat(review.path("reason").asString())
                .isEqualTo("Step 'review' is not in version 2: choose the step where its cases should wait instead");
        assertThat(review.path("moved").asBoolean()).isFalse();
        assertThat(timelineTypes(atTriage)).doesNotContain("migrated");
    }

    @Test
    void aCaseWhoseStepIsKeptMovesWithItsTaskAndThenFollowsTheNewVersionToTheEnd() {
        var started = start();
        var taskBefore = caseOf(started).path("openTasks").get(0).path("id").asString();
        publishVersionTwo();

        var migrated = migrations(Map.of("toVersion", 2, "execute", true));

        assertThat(byReference(migrated.json())
                        .get(started.path("reference").asString())
                        .path("moved")
                        .asBoolean())
                .isTrue();
        var moved = caseOf(started);
        assertThat(moved.path("openTasks").get(0).path("id").asString()).isEqualTo(taskBefore);
        var entry = timelineEntry(started, "migrated");
        assertThat(entry.path("detail").path("fromVersion").asInt()).isEqualTo(1);
        assertThat(entry.path("detail").path("toVersion").asInt()).isEqualTo(2);
        assertThat(entry.path("detail").path("toStep").asString()).isEqualTo("triage");

        completeTriage(started);
        var atSignOff = caseOf(started);
        assertThat(atSignOff.path("currentStep").asString()).isEqualTo("sign-off");
        var signOff = atSignOff.path("openTasks").get(0).path("id").asString();
        supervisor.api().post("/api/v1/tasks/" + signOff + "/claim", Map.of());
        supervisor.api().post("/api/v1/tasks/" + signOff + "/complete", Map.of("data", Map.of()));
        assertThat(caseOf(started).path("status").asString()).isEqualTo("closed");
    }

    @Test
    void aCaseAtAStepThatIsGoneMovesToTheMappedStepWithItsTaskMadeAfresh() {
        var started = start();
        completeTriage(started);
        var review = caseOf(started).path("openTasks").get(0);
        assertThat(review.path("step").asString()).isEqualTo("review");
        publishVersionTwo();

        var migrated = migrations(Map.of("toVersion", 2, "steps", Map.of("review", "sign-off"), "execute", true));

        var result = byReference(migrated.json()).get(started.path("reference").asString());
        assertThat(result.path("moved").asBoolean()).as(migrated.toString()).isTrue();
        assertThat(result.path("toStep").asString()).isEqualTo("sign-off");
        var moved = caseOf(started);
        assertThat(moved.path("currentStep").asString()).isEqualTo("sign-off");
        var tasks = moved.path("openTasks");
        assertThat(tasks.size()).isEqualTo(1);
        assertThat(tasks.get(0).path("step").asString()).isEqualTo("sign-off");
        assertThat(tasks.get(0).path("team").asString()).isEqualTo(council.named("supervisors"));
        assertThat(tasks.get(0).path("id").asString())
                .isNotEqualTo(review.path("id").asString());
        var entry = timelineEntry(started, "migrated");
        assertThat(entry.path("detail").path("fromStep").asString()).isEqualTo("review");
        assertThat(entry.path("detail").path("toStep").asString()).isEqualTo("sign-off");

        var signOff = tasks.get(0).path("id").asString();
        supervisor.api().post("/api/v1/tasks/" + signOff + "/claim", Map.of());
        supervisor.api().post("/api/v1/tasks/" + signOff + "/complete", Map.of("data", Map.of()));
        assertThat(caseOf(started).path("status").asString()).isEqualTo("closed");
    }

    @Test
    void aCaseThatMovedOnSinceThePreviewIsCheckedAgainAndLeftWhereItIs() {
        var started = start();
        publishVersionTwo();
        var preview = migrations(Map.of("toVersion", 2, "execute", false));
        assertThat(byReference(preview.json())
                        .get(started.path("reference").asString())
                        .path("canMove")
                        .asBoolean())
                .isTrue();

        completeTriage(started);
        var executed = migrations(Map.of(
                "toVersion", 2, "cases", List.of(started.path("reference").asString()), "execute", true));

        var result = byReference(executed.json()).get(started.path("reference").asString());
        assertThat(result.path("moved").asBoolean()).isFalse();
        assertThat(result.path("reason").asString()).startsWith("Step 'review' is not in version 2");
        assertThat(timelineTypes(started)).doesNotContain("migrated");
        assertThat(caseOf(started).path("currentStep").asString()).isEqualTo("review");
    }

    private List<String> timelineTypes(JsonNode started) {
        var types = new ArrayList<String>();
        admin.get("/api/v1/cases/" + started.path("id").asString() + "/timeline")
                .json()
                .forEach(e -> types.add(e.path("type").asString()));
        return types;
    }

    private JsonNode timelineEntry(JsonNode started, String type) {
        for (var entry : admin.get("/api/v1/cases/" + started.path("id").asString() + "/timeline")
                .json()) {
            if (entry.path("type").asString().equals(type)) return entry;
        }
        throw new AssertionError("No " + type + " on the timeline");
    }
}
