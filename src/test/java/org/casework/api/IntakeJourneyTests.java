package org.casework.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.casework.identity.ApiKeys;
import org.casework.identity.Role;
import org.casework.identity.Staff;
import org.casework.support.IntegrationTest;
import org.casework.support.TestCouncil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The W1 "Report a problem" process worked end to end through the HTTP API, as an integrating system would. */
@IntegrationTest
class IntakeJourneyTests {

    @Autowired
    Staff staff;

    @Autowired
    ApiKeys apiKeys;

    @LocalServerPort
    int port;

    TestCouncil council;
    String process;
    TestCouncil.Officer highways;
    TestCouncil.Officer environment;
    TestCouncil.Officer supervisor;

    @BeforeEach
    void publishReportAProblem() {
        council = new TestCouncil(staff, apiKeys, port);
        highways = council.officer("hal", "highways");
        environment = council.officer("eve", "environment");
        supervisor = council.officer("sue", "supervisors");
        var admin = council.admin();
        process = council.publishReportAProblem(admin.api());
    }

    @Test
    void aPotholeReportIsTriagedByHighwaysReviewedBySupervisorsAndClosed() {
        var started = highways.api().post("/api/v1/cases", Map.of("process", process, "data", pothole()));

        assertThat(started.status()).as(started.toString()).isEqualTo(201);
        var created = started.json();
        assertThat(created.path("reference").asString()).matches("RP-\\d{4}-\\d{6}");
        assertThat(started.header("Location"))
                .endsWith("/api/v1/cases/" + created.path("id").asString());
        assertThat(created.path("status").asString()).isEqualTo("open");
        assertThat(created.path("currentStep").asString()).isEqualTo("triage");
        assertThat(created.path("currentStage").asString()).isEqualTo("assessing");
        assertThat(created.path("data").path("route").asString()).isEqualTo("highways");
        assertThat(created.path("dueOn").asString()).isNotBlank();
        assertThat(created.path("estimatedCompletion").asString()).isNotBlank();
        var triage = created.path("openTasks").get(0);
        assertThat(triage.path("team").asString()).isEqualTo(council.named("highways"));

        var queue = highways.api()
                .get("/api/v1/teams/" + council.named("highways") + "/queue")
                .json();
        assertThat(ids(queue.path("tasks"))).contains(triage.path("id").asString());

        var taskId = triage.path("id").asString();
        assertThat(highways.api()
                        .post("/api/v1/tasks/" + taskId + "/claim", Map.of())
                        .status())
                .isEqualTo(200);
        assertThat(ids(highways.api().get("/api/v1/tasks/mine").json().path("tasks")))
                .contains(taskId);
        var completed = highways.api()
                .post("/api/v1/tasks/" + taskId + "/complete", Map.of("data", Map.of("decision", "accept")));
        assertThat(completed.status()).as(completed.toString()).isEqualTo(200);

        var caseId = created.path("id").asString();
        var atReview = highways.api().get("/api/v1/cases/" + caseId).json();
        assertThat(atReview.path("currentStep").asString()).isEqualTo("review");
        assertThat(atReview.path("currentStage").asString()).isEqualTo("decision");
        var review = atReview.path("openTasks").get(0);
        assertThat(review.path("team").asString()).isEqualTo(council.named("supervisors"));

        var reviewId = review.path("id").asString();
        assertThat(supervisor
                        .api()
                        .post("/api/v1/tasks/" + reviewId + "/claim", Map.of())
                        .status())
                .isEqualTo(200);
        assertThat(supervisor
                        .api()
                        .post("/api/v1/tasks/" + reviewId + "/complete", Map.of("data", Map.of()))
                        .status())
                .isEqualTo(200);

        var closed = supervisor
                .api()
                .get("/api/v1/cases/by-reference/" + created.path("reference").asString())
                .json();
        assertThat(closed.path("status").asString()).isEqualTo("closed");
        assertThat(closed.path("outcome").asString()).isEqualTo("resolved");
        assertThat(closed.path("openTasks").size()).isZero();
        var steps = new java.util.ArrayList<String>();
        closed.path("steps")
                .forEach(s -> steps.add(
                        s.path("step").asString() + ":" + s.path("completedBy").asString()));
        assertThat(steps)
                .containsExactly(
                        "route:system",
                        "assess-highways:system",
                        "triage:" + highways.username(),
                        "review:" + supervisor.username(),
                        "closed:system");

        var timeline =
                supervisor.api().get("/api/v1/cases/" + caseId + "/timeline").json();
        var types = new java.util.ArrayList<String>();
        timeline.forEach(e -> types.add(e.path("type").asString()));
        assertThat(types).startsWith("case-started", "stage-entered", "step-completed");
        assertThat(types).contains("task-created", "task-claimed", "step-completed", "case-closed");
        assertThat(types.getLast()).isEqualTo("case-closed");
        var endStepRows = new java.util.ArrayList<String>();
        timeline.forEach(e -> {
            if ("closed".equals(e.path("step").asString()))
                endStepRows.add(e.path("type").asString());
        });
        assertThat(endStepRows)
                .as("the end step is on the timeline once, as the case's close")
                .containsExactly("case-closed");
    }

    @Test
    void flyTippingGoesToTheEnvironmentTeam() {
        var data = pothole();
        data.put("category", "flytipping");

        var created = environment
                .api()
                .post("/api/v1/cases", Map.of("process", process, "data", data))
                .json();

        assertThat(created.path("data").path("route").asString()).isEqualTo("environment");
        assertThat(created.path("openTasks").get(0).path("team").asString()).isEqualTo(council.named("environment"));
    }

    @Test
    void twoOfficersCannotBothTakeTheSameTask() {
        var colleague = council.officer("harry", "highways");
        var created = highways.api()
                .post("/api/v1/cases", Map.of("process", process, "data", pothole()))
                .json();
        var taskId = created.path("openTasks").get(0).path("id").asString();
        assertThat(highways.api()
                        .post("/api/v1/tasks/" + taskId + "/claim", Map.of())
                        .status())
                .isEqualTo(200);

        var secondClaim = colleague.api().post("/api/v1/tasks/" + taskId + "/claim", Map.of());
        var secondCompletion = colleague
                .api()
                .post("/api/v1/tasks/" + taskId + "/complete", Map.of("data", Map.of("decision", "reject")));

        assertThat(secondClaim.status()).isEqualTo(409);
        assertThat(secondClaim.contentType()).startsWith("application/problem+json");
        assertThat(secondClaim.text("/detail")).contains("already claimed by " + highways.username());
        assertThat(secondCompletion.status()).isEqualTo(409);
        var stillThere = highways.api()
                .get("/api/v1/cases/" + created.path("id").asString())
                .json();
        assertThat(stillThere.path("currentStep").asString()).isEqualTo("triage");
        assertThat(stillThere.path("data").has("decision")).isFalse();
    }

    @Test
    void completingTheSameTaskTwiceAtOnceMovesTheCaseOnOnlyOnce() throws Exception {
        var created = highways.api()
                .post("/api/v1/cases", Map.of("process", process, "data", pothole()))
                .json();
        var taskId = created.path("openTasks").get(0).path("id").asString();
        highways.api().post("/api/v1/tasks/" + taskId + "/claim", Map.of());

        var attempts = List.of(1, 2).parallelStream()
                .map(i -> highways.api()
                        .post("/api/v1/tasks/" + taskId + "/complete", Map.of("data", Map.of("decision", "accept"))))
                .map(r -> r.status())
                .sorted()
                .toList();

        assertThat(attempts).containsExactly(200, 409);
        var timeline = highways.api()
                .get("/api/v1/cases/" + created.path("id").asString() + "/timeline")
                .json();
        var reviewEntries = 0;
        for (var entry : timeline) {
            if (entry.path("type").asString().equals("step-entered")
                    && entry.path("step").asString().equals("review")) reviewEntries++;
        }
        assertThat(reviewEntries).isEqualTo(1);
    }

    @Test
    void theMandatoryDecisionMustBeGivenToCompleteTriage() {
        var created = highways.api()
                .post("/api/v1/cases", Map.of("process", process, "data", pothole()))
                .json();
        var taskId = created.path("openTasks").get(0).path("id").asString();
        highways.api().post("/api/v1/tasks/" + taskId + "/claim", Map.of());

        var withoutDecision = highways.api().post("/api/v1/tasks/" + taskId + "/complete", Map.of("data", Map.of()));
        var wrongChoice = highways.api()
                .post("/api/v1/tasks/" + taskId + "/complete", Map.of("data", Map.of("decision", "maybe")));

        assertThat(withoutDecision.status()).isEqualTo(422);
        assertThat(withoutDecision.text("/errors/0/field")).isEqualTo("data.decision");
        assertThat(wrongChoice.status()).isEqualTo(422);
        assertThat(wrongChoice.text("/errors/0/reason")).contains("accept");
        var task = highways.api().get("/api/v1/tasks/" + taskId).json();
        assertThat(task.path("state").asString()).isEqualTo("claimed");
    }

    @Test
    void aTeamLeadAbandonsACaseForAListedReasonAndItsWorkIsCancelled() {
        var lead = council.officer("lena", Set.of(Role.TEAM_LEAD), "highways");
        var created = highways.api()
                .post("/api/v1/cases", Map.of("process", process, "data", pothole()))
                .json();
        var path = "/api/v1/cases/" + created.path("id").asString();

        var byOfficer = highways.api().post(path + "/abandon", Map.of("reason", "duplicate"));
        var unlistedReason = lead.api().post(path + "/abandon", Map.of("reason", "bored"));
        var abandoned = lead.api().post(path + "/abandon", Map.of("reason", "duplicate", "note", "Same as RP-1"));

        assertThat(byOfficer.status()).isEqualTo(403);
        assertThat(unlistedReason.status()).isEqualTo(422);
        assertThat(unlistedReason.text("/errors/0/field")).isEqualTo("reason");
        assertThat(abandoned.status()).isEqualTo(200);
        assertThat(abandoned.text("/status")).isEqualTo("abandoned");
        assertThat(abandoned.json().path("openTasks").size()).isZero();
        assertThat(lead.api()
                        .post(path + "/abandon", Map.of("reason", "duplicate"))
                        .status())
                .isEqualTo(409);
    }

    private static java.util.HashMap<String, Object> pothole() {
        var data = new java.util.HashMap<String, Object>();
        data.put("category", "pothole");
        data.put("priority", 2);
        data.put("postcode", "SW1A 1AA");
        data.put("description", "A deep pothole outside number 12, about a foot across, filling with water.");
        return data;
    }

    private static List<String> ids(JsonNode tasks) {
        var ids = new java.util.ArrayList<String>();
        tasks.forEach(t -> ids.add(t.path("id").asString()));
        return ids;
    }
}
