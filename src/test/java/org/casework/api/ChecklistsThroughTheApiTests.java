package org.casework.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Map;
import java.util.UUID;
import org.casework.conversation.Documents;
import org.casework.conversation.TestFiles;
import org.casework.conversation.Uploader;
import org.casework.engine.CaseId;
import org.casework.identity.ApiKeys;
import org.casework.identity.Staff;
import org.casework.support.IntegrationTest;
import org.casework.support.TestCouncil;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * A checklist step through the API: the officer ticks its items as they go, one with a document on the case as its
 * evidence, and cannot complete it while an item is unticked or required evidence is missing.
 */
@IntegrationTest
class ChecklistsThroughTheApiTests {

    @Autowired
    Staff staff;

    @Autowired
    ApiKeys apiKeys;

    @Autowired
    Documents documents;

    @LocalServerPort
    int port;

    @Test
    void theChecklistIsRefusedUntilEveryItemIsTickedWithItsEvidenceThenCompletes() throws IOException {
        var council = new TestCouncil(staff, apiKeys, port);
        var admin = council.admin();
        var bea = council.officer("bea", "badges");
        var process = HumanStepProcesses.evidenceCheck(council, admin);
        var started =
                bea.api().post("/api/v1/cases", Map.of("process", process, "data", Map.of("summary", "Mrs Patel")));
        var caseId = started.json().path("id").asString();
        var task = started.json().path("openTasks").get(0).path("id").asString();
        bea.api().post("/api/v1/tasks/" + task + "/claim", Map.of());
        var passport = documents.upload(
                new CaseId(UUID.fromString(caseId)),
                "other",
                "passport.pdf",
                TestFiles.stream(TestFiles.pdf()),
                Uploader.staff(bea.username(), "Bea"));

        var tooSoon = bea.api().post("/api/v1/tasks/" + task + "/complete", Map.of("data", Map.of()));
        assertThat(tooSoon.status()).isEqualTo(422);
        assertThat(tooSoon.contentType()).startsWith("application/problem+json");
        assertThat(tooSoon.body())
                .contains("items.id-seen")
                .contains("Tick 'Proof of identity seen' before completing the checklist")
                .contains("Tick 'Address checked against the register'");

        var withoutEvidence = bea.api().put("/api/v1/tasks/" + task + "/checklist/id-seen", Map.of("ticked", true));
        assertThat(withoutEvidence.status()).as(withoutEvidence.toString()).isEqualTo(200);
        bea.api().put("/api/v1/tasks/" + task + "/checklist/address-checked", Map.of("ticked", true));
        var noEvidenceYet = bea.api().post("/api/v1/tasks/" + task + "/complete", Map.of("data", Map.of()));
        assertThat(noEvidenceYet.status()).isEqualTo(422);
        assertThat(noEvidenceYet.body())
                .contains("Choose the document that is the evidence for 'Proof of identity seen'")
                .doesNotContain("Address checked");

        var ticked = bea.api()
                .put(
                        "/api/v1/tasks/" + task + "/checklist/id-seen",
                        Map.of("ticked", true, "document", passport.id().value().toString()));
        assertThat(ticked.status()).as(ticked.toString()).isEqualTo(200);
        var idSeen = item(ticked.json(), "id-seen");
        assertThat(idSeen.path("ticked").asBoolean()).isTrue();
        assertThat(idSeen.path("documentName").asString()).isEqualTo("passport.pdf");
        assertThat(idSeen.path("tickedBy").asString()).isEqualTo(bea.username());

        var completed = bea.api().post("/api/v1/tasks/" + task + "/complete", Map.of("data", Map.of()));

        assertThat(completed.status()).as(completed.toString()).isEqualTo(200);
        assertThat(bea.api()
                        .get("/api/v1/cases/" + caseId)
                        .json()
                        .path("currentStep")
                        .asString())
                .isEqualTo("decide");
        var timeline = bea.api().get("/api/v1/cases/" + caseId + "/timeline").body();
        assertThat(timeline).contains("checklist-item-ticked").contains("passport.pdf");
    }

    @Test
    void anItemTheChecklistDoesNotHaveCannotBeTicked() {
        var council = new TestCouncil(staff, apiKeys, port);
        var admin = council.admin();
        var bea = council.officer("bea", "badges");
        var process = HumanStepProcesses.evidenceCheck(council, admin);
        var started =
                bea.api().post("/api/v1/cases", Map.of("process", process, "data", Map.of("summary", "Mr Jones")));
        var task = started.json().path("openTasks").get(0).path("id").asString();
        bea.api().post("/api/v1/tasks/" + task + "/claim", Map.of());

        var unknown = bea.api().put("/api/v1/tasks/" + task + "/checklist/blood-test", Map.of("ticked", true));

        assertThat(unknown.status()).isEqualTo(422);
        assertThat(unknown.body()).contains("The checklist has no item 'blood-test'");
    }

    private static JsonNode item(JsonNode lines, String key) {
        for (var line : lines) if (line.path("key").asString().equals(key)) return line;
        throw new AssertionError("No item " + key + " in " + lines);
    }
}
