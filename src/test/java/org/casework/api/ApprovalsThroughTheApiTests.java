package org.casework.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casework.api.HumanStepProcesses.comment;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.casework.identity.ApiKeys;
import org.casework.identity.Staff;
import org.casework.support.IntegrationTest;
import org.casework.support.MailServer;
import org.casework.support.TestCouncil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Approval steps through the API: one named officer, any one of a team, or everyone on a list approves or rejects with
 * a comment, each decision leads to its own step, and the officer who asked hears the outcome.
 */
@IntegrationTest
class ApprovalsThroughTheApiTests {

    @Autowired
    Staff staff;

    @Autowired
    ApiKeys apiKeys;

    @LocalServerPort
    int port;

    TestCouncil council;
    TestCouncil.Officer admin;
    TestCouncil.Officer ann;

    @BeforeEach
    void aCouncil() {
        council = new TestCouncil(staff, apiKeys, port);
        admin = council.admin();
        ann = council.officer("ann", "grants");
    }

    @Test
    void theNamedApproverApprovesWithACommentAndTheOfficerWhoAskedIsTold() {
        var sam = council.officer("sam");
        var process = HumanStepProcesses.grant(
                council, admin, "\"approver\": \"" + sam.username() + "\"", council.named("decision-made"));
        var caseId = preparedBy(ann, process);

        var approval = onlyOpenTask(caseId);
        assertThat(approval.path("step").asString()).isEqualTo("manager-approval");
        assertThat(approval.path("assignee").asString()).isEqualTo(sam.username());
        var approved =
                sam.api().post("/api/v1/tasks/" + approval.path("id").asString() + "/approve", comment("Good value."));

        assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
        assertThat(approved.json().path("state").asString()).isEqualTo("completed");
        var decided = ann.api().get("/api/v1/cases/" + caseId).json();
        assertThat(decided.path("status").asString()).isEqualTo("closed");
        assertThat(decided.path("outcome").asString()).isEqualTo("awarded");
        var entry = timelineEntry(caseId, "approved");
        assertThat(entry.path("actor").asString()).isEqualTo(sam.username());
        assertThat(entry.path("detail").path("comment").asString()).isEqualTo("Good value.");
        var annEmail = ann.username() + "@example.gov.uk";
        MailServer.awaitEmail(annEmail, 1);
        assertThat(MailServer.subjectsTo(annEmail))
                .containsExactly("About " + decided.path("reference").asString());
    }

    @Test
    void anyOneOfTheTeamMayRejectButOnlyWithAReason() {
        var lead = council.officer("lena", "grant-leads");
        council.officer("leo", "grant-leads");
        var process = HumanStepProcesses.grant(
                council, admin, "\"team\": \"" + council.named("grant-leads") + "\"", council.named("decision-made"));
        var caseId = preparedBy(ann, process);
        var approval = onlyOpenTask(caseId);
        assertThat(approval.path("team").asString()).isEqualTo(council.named("grant-leads"));
        assertThat(approval.path("state").asString()).isEqualTo("open");
        var id = approval.path("id").asString();
        assertThat(lead.api().post("/api/v1/tasks/" + id + "/claim", Map.of()).status())
                .isEqualTo(200);

        var withoutReason = lead.api().post("/api/v1/tasks/" + id + "/reject", Map.of());
        assertThat(withoutReason.status()).isEqualTo(422);
        assertThat(withoutReason.contentType()).startsWith("application/problem+json");
        assertThat(withoutReason.body()).contains("comment").contains("Say why you are rejecting it");

        var rejected = lead.api().post("/api/v1/tasks/" + id + "/reject", comment("The budget is spent."));

        assertThat(rejected.status()).as(rejected.toString()).isEqualTo(200);
        var decided = ann.api().get("/api/v1/cases/" + caseId).json();
        assertThat(decided.path("outcome").asString()).isEqualTo("refused");
        assertThat(timelineEntry(caseId, "rejected")
                        .path("detail")
                        .path("comment")
                        .asString())
                .isEqualTo("The budget is spent.");
        var asTheCitizenSeesIt = ann.api().get("/api/v1/cases/" + caseId + "/progress");
        assertThat(asTheCitizenSeesIt.status()).isEqualTo(200);
        assertThat(asTheCitizenSeesIt.body())
                .as("the approver's comment is for staff")
                .doesNotContain("The budget is spent.")
                .doesNotContain(lead.username());
    }

    @Test
    void aListNeedsEveryApproverAndTheFirstRejectionDecidesCancellingTheRest() {
        var sam = council.officer("sam");
        var wendy = council.officer("wendy");
        var raj = council.officer("raj");
        var process = HumanStepProcesses.grant(
                council,
                admin,
                "\"approvers\": [\"%s\", \"%s\", \"%s\"]".formatted(sam.username(), wendy.username(), raj.username()),
                council.named("decision-made"));
        var caseId = preparedBy(ann, process);
        var tasks = openTasks(caseId);
        assertThat(tasks)
                .extracting(t -> t.path("assignee").asString())
                .containsExactlyInAnyOrder(sam.username(), wendy.username(), raj.username());

        var samApproves = sam.api().post("/api/v1/tasks/" + taskOf(tasks, sam) + "/approve", comment("Fine by me."));
        assertThat(samApproves.status()).as(samApproves.toString()).isEqualTo(200);
        var waiting = ann.api().get("/api/v1/cases/" + caseId).json();
        assertThat(waiting.path("currentStep").asString())
                .as("one approval of three decides nothing")
                .isEqualTo("manager-approval");
        assertThat(openTasks(caseId)).hasSize(2);

        var wendyRejects =
                wendy.api().post("/api/v1/tasks/" + taskOf(tasks, wendy) + "/reject", comment("Not in the plan."));

        assertThat(wendyRejects.status()).as(wendyRejects.toString()).isEqualTo(200);
        var decided = ann.api().get("/api/v1/cases/" + caseId).json();
        assertThat(decided.path("outcome").asString()).isEqualTo("refused");
        assertThat(openTasks(caseId)).isEmpty();
        var rajsTask = raj.api().get("/api/v1/tasks/" + taskOf(tasks, raj)).json();
        assertThat(rajsTask.path("state").asString()).isEqualTo("cancelled");
        var rajTooLate = raj.api().post("/api/v1/tasks/" + taskOf(tasks, raj) + "/approve", Map.of());
        assertThat(rajTooLate.status()).isEqualTo(409);
    }

    @Test
    void aListIsApprovedWhenTheLastApproverApproves() {
        var sam = council.officer("sam");
        var wendy = council.officer("wendy");
        var process = HumanStepProcesses.grant(
                council,
                admin,
                "\"approvers\": [\"%s\", \"%s\"]".formatted(sam.username(), wendy.username()),
                council.named("decision-made"));
        var caseId = preparedBy(ann, process);
        var tasks = openTasks(caseId);

        sam.api().post("/api/v1/tasks/" + taskOf(tasks, sam) + "/approve", Map.of());
        var last = wendy.api().post("/api/v1/tasks/" + taskOf(tasks, wendy) + "/approve", Map.of());

        assertThat(last.status()).as(last.toString()).isEqualTo(200);
        assertThat(ann.api()
                        .get("/api/v1/cases/" + caseId)
                        .json()
                        .path("outcome")
                        .asString())
                .isEqualTo("awarded");
    }

    @Test
    void aProcessNamingAnApproverWhoDoesNotExistCannotBePublished() {
        var document = """
                {
                  "key": "%s",
                  "name": "Approve nothing",
                  "start": "approve",
                  "steps": [
                    {"kind": "approval", "key": "approve", "approver": "%s", "approved": "done", "rejected": "done"},
                    {"kind": "end", "key": "done", "outcome": "done"}
                  ]
                }
                """.formatted(council.named("ghost-approval"), council.named("nobody"));
        council.saveDraft(admin.api(), document, council.named("ghost-approval"));

        var published = admin.api()
                .post("/api/v1/definitions/" + council.named("ghost-approval") + "/publish", Map.of("changeNote", "x"));

        assertThat(published.status()).isEqualTo(422);
        assertThat(published.body()).contains("$.steps[0].approver").contains("not a member of staff");
    }

    /** Starts a grant case and has the officer claim and complete its first task; returns the case id. */
    private String preparedBy(TestCouncil.Officer officer, String process) {
        var started = officer.api()
                .post("/api/v1/cases", Map.of("process", process, "data", Map.of("summary", "Village hall roof")));
        assertThat(started.status()).as(started.toString()).isEqualTo(201);
        var caseId = started.json().path("id").asString();
        var prepare = started.json().path("openTasks").get(0).path("id").asString();
        assertThat(officer.api()
                        .post("/api/v1/tasks/" + prepare + "/claim", Map.of())
                        .status())
                .isEqualTo(200);
        var done = officer.api().post("/api/v1/tasks/" + prepare + "/complete", Map.of("data", Map.of()));
        assertThat(done.status()).as(done.toString()).isEqualTo(200);
        return caseId;
    }

    private List<JsonNode> openTasks(String caseId) {
        var tasks = new ArrayList<JsonNode>();
        admin.api().get("/api/v1/cases/" + caseId).json().path("openTasks").forEach(tasks::add);
        return tasks;
    }

    private JsonNode onlyOpenTask(String caseId) {
        var tasks = openTasks(caseId);
        assertThat(tasks).hasSize(1);
        return tasks.getFirst();
    }

    private static String taskOf(List<JsonNode> tasks, TestCouncil.Officer officer) {
        return tasks.stream()
                .filter(t -> t.path("assignee").asString().equals(officer.username()))
                .findFirst()
                .orElseThrow()
                .path("id")
                .asString();
    }

    private JsonNode timelineEntry(String caseId, String type) {
        for (var entry :
                admin.api().get("/api/v1/cases/" + caseId + "/timeline").json()) {
            if (entry.path("type").asString().equals(type)) return entry;
        }
        throw new AssertionError("No " + type + " on the timeline of " + caseId);
    }
}
