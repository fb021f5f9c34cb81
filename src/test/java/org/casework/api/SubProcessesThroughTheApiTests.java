package org.casework.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
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

/**
 * A home adaptation case starts an occupational therapy assessment (and a housing check) as cases of their own, waits
 * for them or runs beside them, and takes their answers and outcomes back.
 */
@IntegrationTest
class SubProcessesThroughTheApiTests {

    @Autowired
    Staff staff;

    @Autowired
    ApiKeys apiKeys;

    @LocalServerPort
    int port;

    TestCouncil council;
    TestCouncil.Officer admin;
    Api clerk;
    Api therapist;
    String assessment;
    String housingCheck;
    String instantCheck;

    @BeforeEach
    void aCouncilWithChildProcesses() {
        council = new TestCouncil(staff, apiKeys, port);
        admin = council.admin();
        clerk = council.officer("clerk", "contact-centre").api();
        therapist = council.officer("olive", "ot").api();
        assessment = council.publish(admin.api(), child("ot-assessment", "assessed"), council.named("ot-assessment"));
        housingCheck = council.publish(admin.api(), child("housing-check", "checked"), council.named("housing-check"));
        instantCheck = council.publish(
                admin.api(), """
                {"key": "%s", "name": "Instant check", "fields": [{"key": "where", "type": "text"}, {"key": "hours", "type": "number"}],
                 "start": "look", "steps": [
                   {"kind": "automatic", "key": "look", "set": {"hours": 2}, "next": "done"},
                   {"kind": "end", "key": "done", "outcome": "clear"}]}
                """.formatted(council.named("instant-check")), council.named("instant-check"));
    }

    /** A child process: a task for the OT team recording the hours of work needed, then an end with this outcome. */
    private String child(String name, String outcome) {
        return """
                {"key": "%s", "name": "%s",
                 "fields": [{"key": "where", "type": "text"}, {"key": "hours", "type": "number"}],
                 "start": "assess",
                 "steps": [
                   {"kind": "task", "key": "assess", "name": "Assess", "allocation": {"team": "%s"},
                    "fields": ["hours"], "mandatory": ["hours"], "next": "done"},
                   {"kind": "end", "key": "done", "outcome": "%s"}
                 ]}
                """.formatted(council.named(name), name, council.named("ot"), outcome);
    }

    /** The parent process: a sub-process step starting the given children, then a decision task. */
    private String parent(boolean wait, String... children) {
        var entries = new ArrayList<String>();
        for (var child : children) {
            entries.add("""
                    {"process": "%s", "fields": {"where": "address"}, "returns": {"hours-%s": "hours"},
                     "outcomeField": "outcome-%s"}""".formatted(child, child.hashCode() & 0xffff, child.hashCode() & 0xffff));
        }
        var fields = new ArrayList<String>();
        fields.add("{\"key\": \"address\", \"type\": \"text\"}");
        for (var child : children) {
            fields.add("{\"key\": \"hours-%s\", \"type\": \"number\"}".formatted(child.hashCode() & 0xffff));
            fields.add("{\"key\": \"outcome-%s\", \"type\": \"text\"}".formatted(child.hashCode() & 0xffff));
        }
        var key = council.named("adaptations-" + (wait ? "wait" : "parallel") + children.length);
        return council.publish(
                admin.api(),
                """
                {"key": "%s", "name": "Home adaptations", "fields": [%s],
                 "stages": [{"key": "assess", "name": "Assessment", "targetWorkingDays": 10},
                            {"key": "decide", "name": "Decision", "targetWorkingDays": 5}],
                 "start": "assessments",
                 "steps": [
                   {"kind": "sub-process", "key": "assessments", "name": "Assessments", "stage": "assess",
                    "processes": [%s], "wait": %s, "next": "decide"},
                   {"kind": "task", "key": "decide", "name": "Decide", "stage": "decide",
                    "allocation": {"team": "%s"}, "next": "done"},
                   {"kind": "end", "key": "done", "outcome": "decided"}
                 ]}
                """.formatted(key, String.join(",", fields), String.join(",", entries), wait, council.named("ot")),
                key);
    }

    private static String hours(String child) {
        return "hours-" + (child.hashCode() & 0xffff);
    }

    private static String outcome(String child) {
        return "outcome-" + (child.hashCode() & 0xffff);
    }

    private JsonNode start(String process) {
        var started =
                clerk.post("/api/v1/cases", Map.of("process", process, "data", Map.of("address", "1 High Street")));
        assertThat(started.status()).as(started.toString()).isEqualTo(201);
        return started.json();
    }

    private JsonNode caseOf(String id) {
        return admin.api().get("/api/v1/cases/" + id).json();
    }

    private List<JsonNode> children(String parentId) {
        var found = new ArrayList<JsonNode>();
        admin.api()
                .get("/api/v1/cases/" + parentId + "/family")
                .json()
                .path("children")
                .forEach(found::add);
        return found;
    }

    /** The therapist claims the child's assessment task and completes it with the hours of work needed. */
    private Api.Response assess(String childId, int hours) {
        var task = caseOf(childId).path("openTasks").get(0).path("id").asString();
        therapist.post("/api/v1/tasks/" + task + "/claim", Map.of());
        return therapist.post("/api/v1/tasks/" + task + "/complete", Map.of("data", Map.of("hours", hours)));
    }

    private List<String> timelineTypes(String caseId) {
        var types = new ArrayList<String>();
        admin.api()
                .get("/api/v1/cases/" + caseId + "/timeline")
                .json()
                .forEach(e -> types.add(e.path("type").asString()));
        return types;
    }

    @Test
    void theCaseWaitsForItsAssessmentThenMovesOnWithItsAnswersAndOutcome() {
        var process = parent(true, assessment);
        var started = start(process);
        var id = started.path("id").asString();

        assertThat(started.path("status").asString()).isEqualTo("waiting");
        assertThat(started.path("currentStep").asString()).isEqualTo("assessments");
        var child = children(id).getFirst();
        assertThat(child.path("process").asString()).isEqualTo(assessment);
        assertThat(child.path("waited").asBoolean()).isTrue();
        var childCase = caseOf(child.path("child").asString());
        assertThat(childCase.path("data").path("where").asString()).isEqualTo("1 High Street");
        assertThat(admin.api()
                        .get("/api/v1/cases/" + childCase.path("id").asString() + "/family")
                        .json()
                        .path("parent")
                        .path("parent")
                        .asString())
                .isEqualTo(id);

        assertThat(assess(childCase.path("id").asString(), 12).status()).isEqualTo(200);

        var parent = caseOf(id);
        assertThat(parent.path("status").asString()).isEqualTo("open");
        assertThat(parent.path("currentStep").asString()).isEqualTo("decide");
        assertThat(parent.path("data").path(hours(assessment)).asInt()).isEqualTo(12);
        assertThat(parent.path("data").path(outcome(assessment)).asString()).isEqualTo("assessed");
        assertThat(timelineTypes(id)).containsSubsequence("child-started", "child-ended", "step-completed");
    }

    @Test
    void theCaseWaitsUntilTheLastOfSeveralChildrenHasEnded() {
        var process = parent(true, assessment, housingCheck);
        var id = start(process).path("id").asString();
        var children = children(id);
        assertThat(children).hasSize(2);

        assess(children.get(0).path("child").asString(), 3);
        assertThat(caseOf(id).path("currentStep").asString()).isEqualTo("assessments");

        assess(children.get(1).path("child").asString(), 5);
        var parent = caseOf(id);
        assertThat(parent.path("currentStep").asString()).isEqualTo("decide");
        assertThat(parent.path("data").path(hours(assessment)).asInt()).isEqualTo(3);
        assertThat(parent.path("data").path(hours(housingCheck)).asInt()).isEqualTo(5);
        assertThat(parent.path("data").path(outcome(housingCheck)).asString()).isEqualTo("checked");
    }

    @Test
    void twoChildrenEndingAtTheSameMomentMoveTheCaseOnExactlyOnce() throws Exception {
        var process = parent(true, assessment, housingCheck);
        var id = start(process).path("id").asString();
        var tasks = new ArrayList<String>();
        for (var child : children(id)) {
            var task = caseOf(child.path("child").asString())
                    .path("openTasks")
                    .get(0)
                    .path("id")
                    .asString();
            therapist.post("/api/v1/tasks/" + task + "/claim", Map.of());
            tasks.add(task);
        }

        try (var pool = Executors.newFixedThreadPool(2)) {
            var both = new ArrayList<Callable<Api.Response>>();
            for (var task : tasks)
                both.add(() ->
                        therapist.post("/api/v1/tasks/" + task + "/complete", Map.of("data", Map.of("hours", 1))));
            for (var done : pool.invokeAll(both))
                assertThat(done.get().status()).isEqualTo(200);
        }

        var parent = caseOf(id);
        assertThat(parent.path("currentStep").asString()).isEqualTo("decide");
        assertThat(parent.path("openTasks")).hasSize(1);
        assertThat(timelineTypes(id).stream().filter("child-ended"::equals)).hasSize(2);
        assertThat(parent.path("steps").findValuesAsString("step").stream().filter("assessments"::equals))
                .hasSize(1);
    }

    @Test
    void childrenThatRunBesideTheCaseStillHandBackTheirAnswersWhenTheyEnd() {
        var process = parent(false, assessment, housingCheck);
        var started = start(process);
        var id = started.path("id").asString();

        assertThat(started.path("currentStep").asString()).isEqualTo("decide");
        var children = children(id);
        assertThat(children).hasSize(2).allSatisfy(child -> {
            assertThat(child.path("waited").asBoolean()).isFalse();
            assertThat(caseOf(child.path("child").asString()).path("status").asString())
                    .isEqualTo("open");
        });

        assess(children.get(1).path("child").asString(), 7);

        var parent = caseOf(id);
        assertThat(parent.path("currentStep").asString()).isEqualTo("decide");
        assertThat(parent.path("data").path(hours(housingCheck)).asInt()).isEqualTo(7);
        assertThat(parent.path("data").path(outcome(housingCheck)).asString()).isEqualTo("checked");
        assertThat(parent.path("data").has(hours(assessment))).isFalse();
    }

    @Test
    void aChildThatEndsAsSoonAsItStartsLetsTheCaseMoveOnAtOnce() {
        var process = parent(true, instantCheck);
        var started = start(process);

        assertThat(started.path("currentStep").asString()).isEqualTo("decide");
        assertThat(started.path("data").path(outcome(instantCheck)).asString()).isEqualTo("clear");
        assertThat(started.path("data").path(hours(instantCheck)).asInt()).isEqualTo(2);
        assertThat(children(started.path("id").asString()))
                .singleElement()
                .satisfies(child -> assertThat(child.path("outcome").asString()).isEqualTo("clear"));
    }

    @Test
    void aSubProcessMustStartAPublishedProcessWithItsFields() {
        var key = council.named("adaptations-broken");
        var saved = admin.api()
                .put(
                        "/api/v1/definitions/" + key + "/draft",
                        """
                        {"key": "%s", "name": "Broken", "fields": [{"key": "address", "type": "text"}],
                         "start": "assessments",
                         "steps": [
                           {"kind": "sub-process", "key": "assessments",
                            "processes": [{"process": "%s"}, {"process": "%s", "fields": {"nothing": "address"}}],
                            "next": "done"},
                           {"kind": "end", "key": "done", "outcome": "decided"}
                         ]}
                        """.formatted(key, council.named("never-published"), assessment),
                        "application/json");
        assertThat(saved.status()).isEqualTo(200);

        var published = admin.api().post("/api/v1/definitions/" + key + "/publish", Map.of("changeNote", "try"));

        assertThat(published.status()).isEqualTo(422);
        assertThat(published.body())
                .contains("$.steps[0].processes[0].process")
                .contains("is not published")
                .contains("$.steps[0].processes[1].fields.nothing");
    }
}
