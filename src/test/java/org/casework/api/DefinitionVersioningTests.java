package org.casework.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casework.api.ProblemAssertions.assertProblem;
import static org.casework.api.ProblemAssertions.errors;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.casework.identity.ApiKeys;
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
 * Writing, publishing and reading process definitions over the API: drafts answer with what must be fixed, each
 * publish is a new numbered version, and running cases stay on the version they started on.
 */
@IntegrationTest
class DefinitionVersioningTests {

    private static final String FILE = "request-a-dropped-kerb";

    @Autowired
    Staff staff;

    @Autowired
    ApiKeys apiKeys;

    @LocalServerPort
    int port;

    TestCouncil council;
    Api admin;
    TestCouncil.Officer officer;
    String key;
    String definitions;

    @BeforeEach
    void aCouncilWithAKerbsTeam() {
        council = new TestCouncil(staff, apiKeys, port);
        admin = council.admin().api();
        officer = council.officer("kim", "kerbs");
        key = council.named(FILE);
        definitions = "/api/v1/definitions/" + key;
    }

    @Test
    void aDraftSavedAsJsonAnswersWithEverythingThatStopsItBeingPublished() {
        var saved = admin.put(definitions + "/draft", document("broken"), "application/json");

        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
        var answer = saved.json();
        assertThat(answer.path("key").asString()).isEqualTo(key);
        assertThat(answer.path("valid").asBoolean()).isFalse();
        var problems = problems(answer);
        assertThat(problems)
                .containsEntry(
                        "$.referencePrefix", "The reference prefix 'dk' must be 2 to 5 capital letters, such as 'RP'")
                .containsEntry("$.steps[0].next", "Step 'assess' goes next to 'sign-off', which does not exist")
                .containsKey("$.steps[1]");
        assertThat(problems.get("$.steps[1]")).contains("'closed' cannot be reached from the start");

        var fixed = admin.put(definitions + "/draft", document("v1"), "application/json");

        assertThat(fixed.status()).isEqualTo(200);
        assertThat(fixed.json().path("valid").asBoolean()).isTrue();
        assertThat(fixed.json().path("problems").isEmpty()).isTrue();
    }

    @Test
    void aDraftCanBeWrittenInYaml() {
        var unfinished = admin.put(definitions + "/draft", yaml("approve"), "application/yaml");

        assertThat(unfinished.status()).as(unfinished.toString()).isEqualTo(200);
        assertThat(unfinished.json().path("valid").asBoolean()).isFalse();
        assertThat(problems(unfinished.json()))
                .containsEntry("$.steps[0].next", "Step 'assess' goes next to 'approve', which does not exist");

        var finished = admin.put(definitions + "/draft", yaml("closed"), "application/yaml");

        assertThat(finished.json().path("valid").asBoolean())
                .as(finished.toString())
                .isTrue();
        var draft = admin.get(definitions + "/draft", "application/json").json();
        assertThat(draft.path("steps").get(0).path("allocation").path("team").asString())
                .isEqualTo(council.named("kerbs"));
        assertThat(admin.post(definitions + "/publish", Map.of("changeNote", "From YAML"))
                        .status())
                .isEqualTo(201);
    }

    @Test
    void aProcessWithOnlyADraftIsListedWithNoLatestVersion() {
        admin.put(definitions + "/draft", document("v1"), "application/json");

        var listed = admin.get("/api/v1/definitions").json();
        var mine = java.util.stream.StreamSupport.stream(listed.spliterator(), false)
                .filter(process -> process.path("key").asString().equals(key))
                .findFirst()
                .orElseThrow();

        assertThat(mine.path("latestVersion").isMissingNode()
                        || mine.path("latestVersion").isNull())
                .as(mine.toString())
                .isTrue();
        assertThat(mine.path("hasDraft").asBoolean()).isTrue();
    }

    @Test
    void eachPublishIsTheNextNumberedVersion() {
        var first = saveAndPublish("v1", "First version");
        var second = saveAndPublish("v2", "Engineers sign off approved works");

        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(first.json().path("version").asInt()).isEqualTo(1);
        assertThat(first.header("Location")).endsWith(definitions + "/versions/1");
        assertThat(second.json().path("version").asInt()).isEqualTo(2);
        assertThat(second.json().path("changeNote").asString()).isEqualTo("Engineers sign off approved works");
        assertThat(second.json().path("publishedBy").asString()).isEqualTo(council.named("admin"));
        assertThat(integers(officer.api().get(definitions + "/versions").json()))
                .containsExactly(1, 2);
    }

    @Test
    void newCasesStartOnTheLatestVersionWhileARunningCaseKeepsItsOwn() {
        saveAndPublish("v1", "First version");
        var onVersionOne = start();
        assertThat(onVersionOne.path("processVersion").asInt()).isEqualTo(1);
        assertThat(onVersionOne.path("currentStepName").asString()).isEqualTo("Assess the request");

        saveAndPublish("v2", "Engineers sign off approved works");
        var onVersionTwo = start();

        assertThat(onVersionTwo.path("processVersion").asInt()).isEqualTo(2);
        assertThat(onVersionTwo.path("currentStepName").asString()).isEqualTo("Assess the application");
        var stillOnOne = officer.api().get(casePath(onVersionOne)).json();
        assertThat(stillOnOne.path("processVersion").asInt()).isEqualTo(1);
        assertThat(stillOnOne.path("currentStepName").asString()).isEqualTo("Assess the request");
        assertThat(stageKeys(stillOnOne)).containsExactly("assessing");

        approve(onVersionOne);
        approve(onVersionTwo);

        var versionOneDone = officer.api().get(casePath(onVersionOne)).json();
        assertThat(versionOneDone.path("status").asString()).isEqualTo("closed");
        assertThat(versionOneDone.path("outcome").asString()).isEqualTo("decided");
        var versionTwoGoesOn = officer.api().get(casePath(onVersionTwo)).json();
        assertThat(versionTwoGoesOn.path("status").asString()).isEqualTo("open");
        assertThat(versionTwoGoesOn.path("currentStep").asString()).isEqualTo("sign-off");
        assertThat(versionTwoGoesOn.path("currentStage").asString()).isEqualTo("approving");
    }

    @Test
    void aPublishedVersionReadsAsJsonOrAsYaml() {
        saveAndPublish("v1", "First version");

        var asJson = officer.api().get(definitions + "/versions/1", "application/json");
        var asYaml = officer.api().get(definitions + "/versions/1", "application/yaml");

        assertThat(asJson.status()).isEqualTo(200);
        assertThat(asJson.contentType()).startsWith("application/json");
        assertThat(asJson.json().path("key").asString()).isEqualTo(key);
        assertThat(asJson.json().path("steps").get(0).path("kind").asString()).isEqualTo("task");
        assertThat(asYaml.status()).isEqualTo(200);
        assertThat(asYaml.contentType()).startsWith("application/yaml");
        assertThat(asYaml.body())
                .contains("key: " + key)
                .contains("kind: task")
                .contains("team: " + council.named("kerbs"))
                .doesNotContain("{");
    }

    @Test
    void aPublishedVersionExportsAsAFileThatImportsAgain() {
        saveAndPublish("v1", "First version");

        var json = admin.get(definitions + "/versions/1/export");
        var yaml = admin.get(definitions + "/versions/1/export?format=yaml");

        assertThat(json.status()).isEqualTo(200);
        assertThat(json.header("Content-Disposition")).isEqualTo("attachment; filename=\"" + key + "-v1.json\"");
        assertThat(json.json().path("key").asString()).isEqualTo(key);
        assertThat(yaml.status()).isEqualTo(200);
        assertThat(yaml.header("Content-Disposition")).isEqualTo("attachment; filename=\"" + key + "-v1.yaml\"");
        assertThat(yaml.contentType()).startsWith("application/yaml");
        var reimported = admin.put(definitions + "/draft", yaml.body(), "application/yaml");
        assertThat(reimported.json().path("valid").asBoolean())
                .as(reimported.toString())
                .isTrue();
        assertProblem(admin.get(definitions + "/versions/1/export?format=xml"), 400);
    }

    @Test
    void anInvalidDraftIsNotPublishedAndTheProblemsNameTheirPlaces() {
        saveAndPublish("v1", "First version");
        admin.put(definitions + "/draft", document("broken"), "application/json");

        var refused = admin.post(definitions + "/publish", Map.of("changeNote", "Broken"));

        var problem = assertProblem(refused, 422);
        var errors = errors(problem);
        assertThat(errors).isNotEmpty();
        assertThat(errors.keySet()).allMatch(field -> field.startsWith("$"));
        assertThat(errors)
                .containsEntry("$.steps[0].next", "Step 'assess' goes next to 'sign-off', which does not exist")
                .containsEntry(
                        "$.referencePrefix", "The reference prefix 'dk' must be 2 to 5 capital letters, such as 'RP'");
        assertThat(integers(admin.get(definitions + "/versions").json())).containsExactly(1);
        assertThat(start().path("processVersion").asInt()).isEqualTo(1);
    }

    @Test
    void aDocumentThatCannotBeReadIsRefusedNamingWhereItGoesWrong() {
        var missingComma = admin.put(
                definitions + "/draft",
                document("v1").replace("\"name\": \"Assess the request\",", "\"name\": \"Assess the request\""),
                "application/json");
        var cutShort = admin.put(definitions + "/draft", "{\"key\": \"" + key + "\", \"name\": ", "application/json");
        var unknownProperty = admin.put(
                definitions + "/draft",
                document("v1").replace("\"next\": \"closed\"", "\"nxt\": \"closed\""),
                "application/json");
        var unknownKind = admin.put(
                definitions + "/draft",
                document("v1").replace("\"kind\": \"task\"", "\"kind\": \"chore\""),
                "application/json");
        var unclosedYamlQuote =
                admin.put(definitions + "/draft", "key: \"" + key + "\nname: Unclosed quote\n", "application/yaml");

        var syntax = errors(assertProblem(missingComma, 400));
        assertThat(syntax).containsOnlyKeys("$.steps[0]");
        assertThat(syntax.get("$.steps[0]")).contains("not valid JSON", "expecting comma");
        assertThat(errors(assertProblem(cutShort, 400)))
                .hasEntrySatisfying("$", reason -> assertThat(reason).contains("not valid JSON", "line 1"));
        assertThat(errors(assertProblem(unknownProperty, 400)))
                .containsExactly(Map.entry("$.steps[0].nxt", "unknown property 'nxt' (did you mean 'next'?)"));
        // Every kind is named; the list grows as kinds are added, so only its start and two members are pinned.
        assertThat(errors(assertProblem(unknownKind, 400)))
                .hasEntrySatisfying(
                        "$.steps[0].kind",
                        reason -> assertThat(reason)
                                .startsWith(
                                        "'kind' must be one of task, automatic, branch, timer, information-request, end")
                                .contains("sub-process", "change-access"));
        assertThat(errors(assertProblem(unclosedYamlQuote, 400)))
                .hasEntrySatisfying("$", reason -> assertThat(reason).contains("not valid YAML", "line 3"));
        assertProblem(admin.get(definitions + "/draft"), 404);
    }

    @Test
    void theKeyInTheAddressMustMatchTheKeyInTheDocument() {
        var elsewhere = "/api/v1/definitions/" + council.named("some-other-process");

        var mismatched = admin.put(elsewhere + "/draft", document("v1"), "application/json");

        var problem = assertProblem(mismatched, 422);
        assertThat(errors(problem)).containsOnlyKeys("key");
        assertThat(errors(problem).get("key")).contains(key).contains(council.named("some-other-process"));
        assertProblem(admin.get(elsewhere + "/draft"), 404);
    }

    @Test
    void onlyAKeyWithTheDefinitionsAdminScopeMayWriteOrPublishDefinitions() {
        saveAndPublish("v1", "First version");
        var caseworkOnly = new Api(
                port,
                apiKeys.issue(officer.username(), "case system", Set.of(Scope.CASES_READ, Scope.CASES_WRITE))
                        .key());

        assertProblem(caseworkOnly.put(definitions + "/draft", document("v2"), "application/json"), 403);
        assertProblem(caseworkOnly.post(definitions + "/publish", Map.of("changeNote", "Sneaky")), 403);
        assertProblem(caseworkOnly.get(definitions + "/draft"), 403);
        assertProblem(caseworkOnly.get(definitions + "/versions/1/export"), 403);
        assertThat(caseworkOnly.get(definitions + "/versions/1").status()).isEqualTo(200);
        assertThat(integers(admin.get(definitions + "/versions").json())).containsExactly(1);
    }

    private String document(String variant) {
        return council.process(FILE + "-" + variant + ".json", FILE, "kerbs");
    }

    /** The v1 process written in YAML, its task leading to {@code next}. */
    private String yaml(String next) {
        return """
                key: %s
                name: Request a dropped kerb
                fields:
                  - key: postcode
                    label: Postcode of the property
                    type: postcode
                    mandatory: true
                start: assess
                steps:
                  - kind: task
                    key: assess
                    name: Assess the request
                    allocation:
                      team: %s
                    next: %s
                  - kind: end
                    key: closed
                    name: Case closed
                    outcome: decided
                """.formatted(key, council.named("kerbs"), next);
    }

    private Api.Response saveAndPublish(String variant, String changeNote) {
        var saved = admin.put(definitions + "/draft", document(variant), "application/json");
        assertThat(saved.json().path("valid").asBoolean()).as(saved.toString()).isTrue();
        return admin.post(definitions + "/publish", Map.of("changeNote", changeNote));
    }

    private JsonNode start() {
        var started =
                officer.api().post("/api/v1/cases", Map.of("process", key, "data", Map.of("postcode", "SW1A 2AA")));
        assertThat(started.status()).as(started.toString()).isEqualTo(201);
        return started.json();
    }

    private void approve(JsonNode created) {
        var task = created.path("openTasks").get(0).path("id").asString();
        assertThat(officer.api()
                        .post("/api/v1/tasks/" + task + "/claim", Map.of())
                        .status())
                .isEqualTo(200);
        var completed = officer.api()
                .post("/api/v1/tasks/" + task + "/complete", Map.of("data", Map.of("decision", "approve")));
        assertThat(completed.status()).as(completed.toString()).isEqualTo(200);
    }

    private static String casePath(JsonNode created) {
        return "/api/v1/cases/" + created.path("id").asString();
    }

    private static Map<String, String> problems(JsonNode answer) {
        var problems = new java.util.LinkedHashMap<String, String>();
        answer.path("problems")
                .forEach(p -> problems.put(
                        p.path("path").asString(), p.path("message").asString()));
        return problems;
    }

    private static List<String> stageKeys(JsonNode view) {
        var keys = new ArrayList<String>();
        view.path("stages").forEach(s -> keys.add(s.path("key").asString()));
        return keys;
    }

    private static List<Integer> integers(JsonNode array) {
        var numbers = new ArrayList<Integer>();
        array.forEach(n -> numbers.add(n.asInt()));
        return numbers;
    }
}
