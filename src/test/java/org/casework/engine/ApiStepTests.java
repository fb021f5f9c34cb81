package org.casework.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.casework.identity.ApiKeys;
import org.casework.identity.Role;
import org.casework.identity.Staff;
import org.casework.support.Api;
import org.casework.support.IntegrationTest;
import org.casework.support.TestCouncil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A case at an API step calls the revenues system by itself after its move commits, and moves on with the fields the
 * answer fills; a system that is slow or down is tried again, and one that stays down leaves the work to a team.
 */
@IntegrationTest
class ApiStepTests {

    private static final Duration PATIENCE = Duration.ofSeconds(20);
    private static final String SECRET = "s3cret-revenues-token-" + UUID.randomUUID();
    private static final JsonMapper JSON = JsonMapper.builder().build();

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
    OtherSystem revenues;

    @BeforeEach
    void aRevenuesSystemAndItsToken() {
        council = new TestCouncil(staff, apiKeys, port);
        officer = council.officer("rita", "revenues");
        admin = council.admin();
        revenues = OtherSystem.start();
        revenues.answer(200, "{\"balance\": 120, \"holder\": {\"name\": \"Sam Sample\"}}");
        var stored = admin.api().put("/api/v1/api-secrets/" + council.named("revenues-token"), Map.of("value", SECRET));
        assertThat(stored.status()).as(stored.toString()).isEqualTo(201);
    }

    @AfterEach
    void stopTheSystem() {
        revenues.close();
    }

    @Test
    void theCallCarriesTheCasesFieldsAndTheSecretAndItsAnswerFillsTheFieldsAsTheCaseMovesOn() {
        var process = publish(document());
        var started = start(process, "AB 12/3");
        assertThat(started.path("status").asString()).isEqualTo("waiting");
        assertThat(started.path("currentStep").asString()).isEqualTo("check-account");
        var caseId = started.path("id").asString();

        await().atMost(PATIENCE).until(() -> currentStep(caseId).equals("decide"));

        var moved = kase(caseId);
        assertThat(moved.path("status").asString()).isEqualTo("open");
        assertThat(moved.path("data").path("balance").asLong()).isEqualTo(120);
        assertThat(moved.path("data").path("account-holder").asString()).isEqualTo("Sam Sample");
        var call = revenues.received().getFirst();
        assertThat(call.method()).isEqualTo("POST");
        assertThat(call.path()).isEqualTo("/accounts/AB%2012%2F3");
        assertThat(call.header("Authorization")).isEqualTo("Bearer " + SECRET);
        assertThat(call.header("Content-Type")).isEqualTo("application/json");
        assertThat(JSON.readTree(call.body()).path("account").asString()).isEqualTo("AB 12/3");
        assertThat(JSON.readTree(call.body()).path("case").asString())
                .isEqualTo(moved.path("reference").asString());
        var timeline = timeline(caseId);
        var answered = only(timeline, "api-call-answered");
        assertThat(answered.path("actor").asString()).isEqualTo("system");
        assertThat(answered.path("detail").path("status").asInt()).isEqualTo(200);
        assertThat(types(timeline))
                .containsSubsequence("step-entered", "api-call-answered", "step-completed", "step-entered");
        assertThat(officer.api().get("/api/v1/cases/" + caseId + "/timeline").body())
                .doesNotContain(SECRET);
    }

    @Test
    void aCallWithNoAnswerInTimeIsTriedAgain() {
        var process = publish(document().replace("\"timeoutSeconds\": 10", "\"timeoutSeconds\": 1"));
        revenues.slowNext(1, Duration.ofSeconds(4));
        var caseId = start(process, "A123").path("id").asString();

        await().atMost(PATIENCE).until(() -> currentStep(caseId).equals("decide"));

        var timeline = timeline(caseId);
        var failed = only(timeline, "api-call-failed");
        assertThat(failed.path("detail").path("reason").asString()).isEqualTo("no answer within 1 second");
        assertThat(failed.path("detail").path("attempt").asInt()).isEqualTo(1);
        assertThat(only(timeline, "api-call-answered")
                        .path("detail")
                        .path("attempt")
                        .asInt())
                .isEqualTo(2);
    }

    @Test
    void aSystemAnswering500IsTriedAgainUntilItAnswers() {
        var process = publish(document());
        revenues.failNext(2, 500);
        var caseId = start(process, "A123").path("id").asString();

        await().atMost(PATIENCE).until(() -> currentStep(caseId).equals("decide"));

        var failures = timeline(caseId).stream()
                .filter(e -> e.path("type").asString().equals("api-call-failed"))
                .toList();
        assertThat(failures)
                .extracting(e -> e.path("detail").path("status").asInt())
                .containsExactly(500, 500);
        assertThat(failures)
                .extracting(e -> e.path("detail").path("reason").asString())
                .containsExactly("answered 500", "answered 500");
        assertThat(revenues.received()).hasSize(3);
        assertThat(kase(caseId).path("data").path("balance").asLong()).isEqualTo(120);
        assertThat(incidentsFor(caseId)).isEmpty();
    }

    @Test
    void aCallFailingEveryAttemptBecomesAnIncidentAndATaskForTheFailureTeamWhileTheCaseWaits() {
        var process = publish(document());
        revenues.failNext(1000, 503);
        var caseId = start(process, "A123").path("id").asString();

        var task = await().atMost(PATIENCE).until(() -> queuedTaskFor(caseId), t -> t != null);

        assertThat(revenues.received()).hasSize(3);
        assertThat(task.path("step").asString()).isEqualTo("check-account");
        assertThat(task.path("stepName").asString()).isEqualTo("Check the council tax account: the call failed");
        var waiting = kase(caseId);
        assertThat(waiting.path("status").asString()).isEqualTo("waiting");
        assertThat(waiting.path("currentStep").asString()).isEqualTo("check-account");
        assertThat(incidentsFor(caseId)).singleElement().satisfies(incident -> {
            assertThat(incident.get("job")).isEqualTo("api-call");
            assertThat(incident.get("message")).isEqualTo("answered 503");
        });
        var gaveUp = only(timeline(caseId), "api-call-gave-up");
        assertThat(gaveUp.path("detail").path("team").asString()).isEqualTo(council.named("revenues"));
        assertThat(gaveUp.path("detail").path("attempts").asInt()).isEqualTo(3);
        // The team lead sees the work waiting in the queue too.
        var lead = council.officer("lena", Set.of(Role.TEAM_LEAD), "revenues");
        assertThat(lead.api()
                        .get("/api/v1/teams/" + council.named("revenues") + "/queue")
                        .body())
                .contains(caseId);

        // The officer rings revenues and enters the answer by hand.
        var taskId = task.path("id").asString();
        assertThat(officer.api()
                        .post("/api/v1/tasks/" + taskId + "/claim", Map.of())
                        .status())
                .isEqualTo(200);
        var done = officer.api()
                .post(
                        "/api/v1/tasks/" + taskId + "/complete",
                        Map.of("data", Map.of("balance", 75, "account-holder", "Sam Sample")));
        assertThat(done.status()).as(done.toString()).isEqualTo(200);
        var moved = kase(caseId);
        assertThat(moved.path("currentStep").asString()).isEqualTo("decide");
        assertThat(moved.path("data").path("balance").asLong()).isEqualTo(75);
    }

    @Test
    void aRetriedIncidentThatSucceedsMovesTheCaseOnAndCancelsTheFailureTeamsTask() {
        var process = publish(document());
        revenues.failNext(3, 500);
        var caseId = start(process, "A123").path("id").asString();
        var task = await().atMost(PATIENCE).until(() -> queuedTaskFor(caseId), t -> t != null);
        var incident = incidentsFor(caseId).getFirst();

        var retried = admin.api().post("/api/v1/incidents/" + incident.get("id") + "/retry", Map.of());
        assertThat(retried.status()).as(retried.toString()).isEqualTo(202);

        await().atMost(PATIENCE).until(() -> currentStep(caseId).equals("decide"));
        assertThat(officer.api()
                        .get("/api/v1/tasks/" + task.path("id").asString())
                        .text("/state"))
                .isEqualTo("cancelled");
        assertThat(kase(caseId).path("data").path("balance").asLong()).isEqualTo(120);
    }

    @Test
    void aStepWaitingForACallbackContinuesWhenTheOtherSystemCallsTheAddressItWasGivenOnce() {
        var process = publish(document()
                .replace("\"attempts\": 3,", "\"attempts\": 3, \"waitForCallback\": true,")
                .replace("\\\"case\\\":\\\"{{caseReference}}\\\"", "\\\"callback\\\":\\\"{{callbackUrl}}\\\""));
        revenues.answer(202, "{}");
        var caseId = start(process, "A123").path("id").asString();
        await().atMost(PATIENCE).until(() -> types(timeline(caseId)).contains("api-call-made"));
        assertThat(kase(caseId).path("currentStep").asString()).isEqualTo("check-account");
        var callback = JSON.readTree(revenues.received().getFirst().body())
                .path("callback")
                .asString();
        assertThat(callback).matches("http://localhost:8080/api/v1/callbacks/[A-Za-z0-9_-]{43}");
        var path = callback.substring(callback.indexOf("/api/v1/callbacks/"));
        var noKey = new Api(port, null);

        var answered = noKey.post(path, Map.of("balance", 12, "holder", Map.of("name", "Sam Sample")));

        assertThat(answered.status()).as(answered.toString()).isEqualTo(204);
        var moved = kase(caseId);
        assertThat(moved.path("currentStep").asString()).isEqualTo("decide");
        assertThat(moved.path("data").path("balance").asLong()).isEqualTo(12);
        assertThat(types(timeline(caseId))).containsSubsequence("api-call-made", "api-callback-received");
        var again = noKey.post(path, Map.of("balance", 13));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.contentType()).startsWith("application/problem+json");
        var unknown = noKey.post("/api/v1/callbacks/not-a-token-we-gave", Map.of("balance", 13));
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
        assertThat(kase(caseId).path("data").path("balance").asLong()).isEqualTo(12);
    }

    @Test
    void secretsAreWriteOnlyAndAProcessSendingOneNobodyStoredIsRefused() {
        var name = council.named("revenues-token");
        var listed = admin.api().get("/api/v1/api-secrets");
        assertThat(listed.body()).contains(name).doesNotContain(SECRET);
        assertThat(admin.api()
                        .put("/api/v1/api-secrets/" + name, Map.of("value", "another"))
                        .status())
                .isEqualTo(204);
        var badName = admin.api().put("/api/v1/api-secrets/Not%20A%20Name", Map.of("value", "x"));
        assertThat(badName.status()).isEqualTo(422);
        assertThat(badName.json().path("errors").get(0).path("field").asString())
                .isEqualTo("name");
        assertThat(officer.api().get("/api/v1/api-secrets").status()).isEqualTo(403);

        var unknownSecret = document().replace("{{secret:revenues-token}}", "{{secret:" + council.named("nope") + "}}");
        council.saveDraft(admin.api(), withNames(unknownSecret), council.named("check-an-account"));
        var refused = admin.api()
                .post(
                        "/api/v1/definitions/" + council.named("check-an-account") + "/publish",
                        Map.of("changeNote", "x"));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body()).contains("which is not stored");

        assertThat(admin.api().delete("/api/v1/api-secrets/" + name).status()).isEqualTo(204);
        assertThat(admin.api().get("/api/v1/api-secrets").body()).doesNotContain(name);
        assertThat(admin.api().delete("/api/v1/api-secrets/" + name).status()).isEqualTo(404);
    }

    private String document() {
        try {
            return new ClassPathResource("definitions/check-an-account.json")
                    .getContentAsString(StandardCharsets.UTF_8)
                    .replace("https://revenues.example", revenues.address());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private String withNames(String document) {
        return document.replace("\"check-an-account\"", "\"" + council.named("check-an-account") + "\"")
                .replace("\"revenues\"", "\"" + council.named("revenues") + "\"")
                .replace("{{secret:revenues-token}}", "{{secret:" + council.named("revenues-token") + "}}");
    }

    private String publish(String document) {
        return council.publish(admin.api(), withNames(document), council.named("check-an-account"));
    }

    private JsonNode start(String process, String accountNumber) {
        var started = officer.api()
                .post("/api/v1/cases", Map.of("process", process, "data", Map.of("account-number", accountNumber)));
        assertThat(started.status()).as(started.toString()).isEqualTo(201);
        return started.json();
    }

    private JsonNode kase(String caseId) {
        return officer.api().get("/api/v1/cases/" + caseId).json();
    }

    private String currentStep(String caseId) {
        return kase(caseId).path("currentStep").asString();
    }

    private JsonNode queuedTaskFor(String caseId) {
        for (var task : officer.api()
                .get("/api/v1/teams/" + council.named("revenues") + "/queue?limit=100")
                .json()
                .path("tasks")) {
            if (task.path("caseId").asString().equals(caseId)) return task;
        }
        return null;
    }

    private List<Map<String, Object>> incidentsFor(String caseId) {
        return jdbc.sql("select id, job, message from incidents where case_id = :case")
                .param("case", UUID.fromString(caseId))
                .query((rs, n) -> Map.<String, Object>of(
                        "id",
                        rs.getObject("id").toString(),
                        "job",
                        rs.getString("job"),
                        "message",
                        rs.getString("message")))
                .list();
    }

    private List<JsonNode> timeline(String caseId) {
        var entries = new ArrayList<JsonNode>();
        officer.api().get("/api/v1/cases/" + caseId + "/timeline").json().forEach(entries::add);
        return entries;
    }

    private static JsonNode only(List<JsonNode> timeline, String type) {
        var matching = timeline.stream()
                .filter(e -> e.path("type").asString().equals(type))
                .toList();
        assertThat(matching).as("%s entries", type).hasSize(1);
        return matching.getFirst();
    }

    private static List<String> types(List<JsonNode> timeline) {
        return timeline.stream().map(e -> e.path("type").asString()).toList();
    }
}
