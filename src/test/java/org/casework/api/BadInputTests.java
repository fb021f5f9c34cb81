package org.casework.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casework.api.ProblemAssertions.assertProblem;
import static org.casework.api.ProblemAssertions.errors;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.casework.identity.ApiKeys;
import org.casework.identity.Role;
import org.casework.identity.Scope;
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
 * What the API does with requests it cannot take as sent: each is refused with a problem naming what is wrong, and
 * nothing is written. Also the safe retry of a case start, and listing cases page by page.
 */
@IntegrationTest
class BadInputTests {

    @Autowired
    Staff staff;

    @Autowired
    ApiKeys apiKeys;

    @LocalServerPort
    int port;

    TestCouncil council;
    TestCouncil.Officer officer;
    String process;

    @BeforeEach
    void publishReportAProblem() {
        council = new TestCouncil(staff, apiKeys, port);
        officer = council.officer("hal", "highways", "environment", "supervisors");
        process = council.publishReportAProblem(council.admin().api());
    }

    @Test
    void aBodyThatIsNotJsonIsMalformed() {
        var refused = officer.api().post("/api/v1/cases", "{\"process\": \"" + process + "\", \"data\": {");

        var problem = assertProblem(refused, 400);
        assertThat(errors(problem)).containsOnlyKeys("body");
        assertThat(errors(problem).get("body")).isNotBlank();
        assertThat(ids(listed("process=" + process))).isEmpty();
    }

    @Test
    void aCaseThatDoesNotExistIsNotFound() {
        var missing = UUID.randomUUID();

        assertProblem(officer.api().get("/api/v1/cases/" + missing), 404);
        assertProblem(officer.api().get("/api/v1/cases/" + missing + "/timeline"), 404);
        assertProblem(officer.api().get("/api/v1/cases/by-reference/RP-1999-000001"), 404);
    }

    @Test
    void anIdThatIsNotAUuidIsMalformedNamingTheParameter() {
        var problem = assertProblem(officer.api().get("/api/v1/cases/not-a-case-id"), 400);

        assertThat(problem.path("detail").asString()).contains("'id'");
        assertThat(errors(problem)).containsExactly(Map.entry("id", "is not a valid id (a UUID)"));
        assertThat(errors(assertProblem(officer.api().get("/api/v1/tasks/42"), 400)))
                .containsOnlyKeys("id");
    }

    @Test
    void aCaseOfAProcessThatIsNotPublishedIsRefusedNamingTheProcess() {
        var neverPublished = council.named("report-a-ufo");

        var refused = officer.api().post("/api/v1/cases", Map.of("process", neverPublished, "data", pothole()));
        var withoutProcess = officer.api().post("/api/v1/cases", Map.of("data", pothole()));

        assertThat(errors(assertProblem(refused, 422)).get("process")).contains(neverPublished);
        assertThat(errors(assertProblem(withoutProcess, 422))).containsOnlyKeys("process");
        assertThat(ids(listed("process=" + neverPublished))).isEmpty();
    }

    @Test
    void caseDataThatBreaksTheFormsRulesIsRefusedFieldByFieldAndNothingIsWritten() {
        var data = pothole();
        data.remove("category");
        data.put("priority", "high");
        data.put("postcode", "NOT A POSTCODE");
        data.put("colour", "blue");

        var refused = officer.api().post("/api/v1/cases", Map.of("process", process, "data", data));

        var problem = assertProblem(refused, 422);
        var errors = errors(problem);
        assertThat(errors).containsOnlyKeys("data.category", "data.priority", "data.postcode", "data.colour");
        assertThat(errors.get("data.category")).isEqualTo("is required");
        assertThat(errors.get("data.priority")).contains("number");
        assertThat(errors.get("data.postcode")).contains("postcode");
        assertThat(errors.get("data.colour")).isEqualTo("no such field in this process");
        assertThat(errors.values()).allMatch(reason -> !reason.isBlank());

        var notAnOption = pothole();
        notAnOption.put("category", "graffiti");
        var refusedChoice = officer.api().post("/api/v1/cases", Map.of("process", process, "data", notAnOption));

        var choice = errors(assertProblem(refusedChoice, 422));
        assertThat(choice).containsOnlyKeys("data.category");
        assertThat(choice.get("data.category")).contains("pothole", "flytipping", "other");
        assertThat(ids(listed("process=" + process))).isEmpty();
    }

    @Test
    void aRequestWithoutAnApiKeyIsAskedForOne() {
        var anonymous = new Api(port, null);

        var refused = anonymous.get("/api/v1/cases?process=" + process);
        var start = anonymous.post("/api/v1/cases", Map.of("process", process, "data", pothole()));

        assertProblem(refused, 401);
        assertThat(refused.header("WWW-Authenticate")).isEqualTo("Bearer");
        assertProblem(start, 401);
        assertThat(ids(listed("process=" + process))).isEmpty();
    }

    @Test
    void aRevokedOrUnknownApiKeyIsRefused() {
        var issued = apiKeys.issue(officer.username(), "old integration", Set.of(Scope.values()));
        var revoked = new Api(port, issued.key());
        assertThat(revoked.get("/api/v1/cases?process=" + process).status()).isEqualTo(200);
        apiKeys.revoke(issued.id());
        var madeUp = new Api(port, "cwk_" + UUID.randomUUID());

        var withRevoked = revoked.post("/api/v1/cases", Map.of("process", process, "data", pothole()));
        var withMadeUp = madeUp.get("/api/v1/cases?process=" + process);

        assertProblem(withRevoked, 401);
        assertThat(withRevoked.header("WWW-Authenticate")).contains("invalid_token");
        assertProblem(withMadeUp, 401);
        assertThat(withMadeUp.header("WWW-Authenticate")).contains("invalid_token");
        assertThat(ids(listed("process=" + process))).isEmpty();
    }

    @Test
    void retryingAStartWithTheSameIdempotencyKeyReturnsTheSameCase() {
        var retrying = officer.api().withHeader("Idempotency-Key", "report-" + UUID.randomUUID());

        var first = retrying.post("/api/v1/cases", Map.of("process", process, "data", pothole()));
        var retry = retrying.post("/api/v1/cases", Map.of("process", process, "data", pothole()));

        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(retry.status()).as(retry.toString()).isIn(200, 201);
        assertThat(retry.json().path("id").asString())
                .isEqualTo(first.json().path("id").asString());
        assertThat(retry.json().path("reference").asString())
                .isEqualTo(first.json().path("reference").asString());
        assertThat(ids(listed("process=" + process)))
                .containsExactly(first.json().path("id").asString());
    }

    @Test
    void reusingAnIdempotencyKeyForADifferentRequestIsRefused() {
        var retrying = officer.api().withHeader("Idempotency-Key", "report-" + UUID.randomUUID());
        var first = retrying.post("/api/v1/cases", Map.of("process", process, "data", pothole()));
        var changed = pothole();
        changed.put("priority", 1);

        var reused = retrying.post("/api/v1/cases", Map.of("process", process, "data", changed));

        assertThat(errors(assertProblem(reused, 422))).containsOnlyKeys("Idempotency-Key");
        assertThat(ids(listed("process=" + process)))
                .containsExactly(first.json().path("id").asString());
    }

    @Test
    void twoRetriesRacingWithTheSameIdempotencyKeyMakeOneCase() throws Exception {
        var retrying = officer.api().withHeader("Idempotency-Key", "report-" + UUID.randomUUID());
        var ready = new CountDownLatch(2);
        var go = new CountDownLatch(1);
        List<Api.Response> responses;
        try (var threads = Executors.newFixedThreadPool(2)) {
            var attempts = new ArrayList<CompletableFuture<Api.Response>>();
            for (int i = 0; i < 2; i++) {
                attempts.add(CompletableFuture.supplyAsync(
                        () -> {
                            ready.countDown();
                            try {
                                go.await(10, TimeUnit.SECONDS);
                            } catch (InterruptedException e) {
                                Thread.currentThread().interrupt();
                            }
                            return retrying.post("/api/v1/cases", Map.of("process", process, "data", pothole()));
                        },
                        threads));
            }
            ready.await(10, TimeUnit.SECONDS);
            go.countDown();
            responses = attempts.stream().map(CompletableFuture::join).toList();
        }

        assertThat(responses)
                .allSatisfy(r -> assertThat(r.status()).as(r.toString()).isIn(200, 201));
        var caseIds = responses.stream()
                .map(r -> r.json().path("id").asString())
                .distinct()
                .toList();
        assertThat(caseIds).hasSize(1);
        assertThat(ids(listed("process=" + process))).isEqualTo(caseIds);
    }

    @Test
    void casesAreFoundByStatusProcessStageAndWhenTheyWereCreated() {
        var lead = council.officer("lena", Set.of(Role.TEAM_LEAD), "highways");
        var atTriage = start(pothole());
        var atReview = start(pothole());
        var abandoned = start(pothole());
        completeTriage(atReview);
        assertThat(lead.api()
                        .post("/api/v1/cases/" + id(abandoned) + "/abandon", Map.of("reason", "duplicate"))
                        .status())
                .isEqualTo(200);
        var byProcess = "process=" + process;

        assertThat(ids(listed(byProcess))).containsExactly(id(abandoned), id(atReview), id(atTriage));
        assertThat(ids(listed(byProcess + "&status=open"))).containsExactly(id(atReview), id(atTriage));
        assertThat(ids(listed(byProcess + "&status=abandoned"))).containsExactly(id(abandoned));
        assertThat(ids(listed(byProcess + "&stage=decision"))).containsExactly(id(atReview));
        assertThat(ids(listed(byProcess + "&stage=assessing&status=open"))).containsExactly(id(atTriage));
        assertThat(ids(listed(byProcess + "&createdFrom=" + createdAt(atReview))))
                .containsExactly(id(abandoned), id(atReview));
        assertThat(ids(listed(byProcess + "&createdTo=" + createdAt(atReview)))).containsExactly(id(atTriage));
        assertThat(ids(listed(
                        byProcess + "&createdFrom=" + createdAt(atReview) + "&createdTo=" + createdAt(abandoned))))
                .containsExactly(id(atReview));
        assertThat(ids(listed("process=" + council.named("no-such-process")))).isEmpty();
    }

    @Test
    void aFilterThatCannotBeReadIsMalformedNamingIt() {
        var badStatus = officer.api().get("/api/v1/cases?process=" + process + "&status=lost");
        var badDate = officer.api().get("/api/v1/cases?process=" + process + "&createdFrom=yesterday");
        var badCursor = officer.api().get("/api/v1/cases?process=" + process + "&after=not-a-cursor");

        assertThat(errors(assertProblem(badStatus, 400))).containsOnlyKeys("status");
        assertThat(errors(assertProblem(badDate, 400)))
                .containsExactly(
                        Map.entry("createdFrom", "is not a valid date-time (ISO 8601, e.g. 2026-11-23T09:00:00Z)"));
        assertThat(errors(assertProblem(badCursor, 400))).containsOnlyKeys("after");
    }

    @Test
    void pagingTwoAtATimeVisitsEveryCaseOnce() {
        var started = new ArrayList<String>();
        for (int i = 0; i < 5; i++) started.add(id(start(pothole())));

        var seen = new ArrayList<String>();
        var pages = new ArrayList<Integer>();
        String after = null;
        do {
            var page = listPage("process=" + process + "&limit=2" + (after == null ? "" : "&after=" + after));
            pages.add(page.path("cases").size());
            seen.addAll(ids(page.path("cases")));
            after = page.path("next").isNull() ? null : page.path("next").asString();
        } while (after != null && pages.size() < 10);

        assertThat(pages).containsExactly(2, 2, 1);
        assertThat(seen).doesNotHaveDuplicates().containsExactlyElementsOf(started.reversed());
    }

    private JsonNode start(Map<String, Object> data) {
        var started = officer.api().post("/api/v1/cases", Map.of("process", process, "data", data));
        assertThat(started.status()).as(started.toString()).isEqualTo(201);
        return started.json();
    }

    private void completeTriage(JsonNode created) {
        var task = created.path("openTasks").get(0).path("id").asString();
        assertThat(officer.api()
                        .post("/api/v1/tasks/" + task + "/claim", Map.of())
                        .status())
                .isEqualTo(200);
        var completed =
                officer.api().post("/api/v1/tasks/" + task + "/complete", Map.of("data", Map.of("decision", "accept")));
        assertThat(completed.status()).as(completed.toString()).isEqualTo(200);
    }

    private JsonNode listPage(String query) {
        var listed = officer.api().get("/api/v1/cases?" + query);
        assertThat(listed.status()).as(listed.toString()).isEqualTo(200);
        return listed.json();
    }

    private JsonNode listed(String query) {
        return listPage(query).path("cases");
    }

    private static String id(JsonNode created) {
        return created.path("id").asString();
    }

    private static String createdAt(JsonNode created) {
        return URLEncoder.encode(created.path("createdAt").asString(), StandardCharsets.UTF_8);
    }

    private static List<String> ids(JsonNode cases) {
        var ids = new ArrayList<String>();
        cases.forEach(c -> ids.add(c.path("id").asString()));
        return ids;
    }

    private static HashMap<String, Object> pothole() {
        var data = new HashMap<String, Object>();
        data.put("category", "pothole");
        data.put("priority", 2);
        data.put("postcode", "SW1A 1AA");
        data.put("description", "A deep pothole outside number 12, about a foot across, filling with water.");
        return data;
    }
}
