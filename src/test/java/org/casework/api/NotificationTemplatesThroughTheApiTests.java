package org.casework.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casework.api.ProblemAssertions.assertProblem;
import static org.casework.api.ProblemAssertions.errors;

import java.util.LinkedHashMap;
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
import tools.jackson.databind.json.JsonMapper;

/**
 * Notification templates and contractors through the REST API: saved with a version, refused naming the field at
 * fault, two saves over each other caught, previews of the email and the text, and a process whose notify actions
 * send a template that is missing or uses fields the process lacks cannot be published.
 */
@IntegrationTest
class NotificationTemplatesThroughTheApiTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    Staff staff;

    @Autowired
    ApiKeys apiKeys;

    @LocalServerPort
    int port;

    TestCouncil council;
    Api admin;
    String key;
    String process;

    @BeforeEach
    void aCouncilWithABinProcess() {
        council = new TestCouncil(staff, apiKeys, port);
        admin = council.admin().api();
        key = council.named("bin-collected");
        process = council.named("missed-bin");
        council.saveDraft(admin, binProcess(key, null), process);
    }

    @Test
    void anAdministratorCreatesReadsAndChangesATemplate() {
        var created = put(key, template("Bin collected", "Your ((bin-type)) bin", "Dear ((citizen name))", null), null);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.header("ETag")).isEqualTo("\"0\"");
        assertThat(created.header("Location")).isEqualTo("/api/v1/notification-templates/" + key);

        var read = admin.get("/api/v1/notification-templates/" + key);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.text("/emailSubject")).isEqualTo("Your ((bin-type)) bin");
        assertThat(read.json().path("smsBody").isNull()).isTrue();
        assertThat(admin.get("/api/v1/notification-templates").json().findValuesAsString("key"))
                .contains(key);

        var changed =
                put(key, template("Bin collected", "Your ((bin-type)) bin", "Dear ((citizen name)),", "Done"), "\"0\"");
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        assertThat(changed.header("ETag")).isEqualTo("\"1\"");
        assertThat(changed.text("/smsBody")).isEqualTo("Done");
    }

    @Test
    void aTemplateWithAnUnknownPlaceholderIsRefusedNamingTheField() {
        var refused = put(key, template("Bin", "Subject", "Your bin is ((shade of paint))", null), null);

        var problem = assertProblem(refused, 422);
        assertThat(problem.path("type").asString()).isEqualTo("https://casework.org/problems/invalid-template");
        assertThat(errors(problem))
                .containsOnlyKeys("emailBody")
                .containsEntry(
                        "emailBody",
                        "((shade of paint)) is not a detail of a case or a field of any process: use one of reference,"
                                + " service, stage, due date, estimated completion, tracking link, citizen name, or the"
                                + " key of a process's field");
        assertProblem(admin.get("/api/v1/notification-templates/" + key), 404);
    }

    @Test
    void aTemplateWithoutASubjectOrWithAnOpenBracketIsRefusedNamingEachField() {
        var refused = put(key, template("", null, "Dear ((citizen name)", null), null);

        assertThat(errors(assertProblem(refused, 422))).containsOnlyKeys("name", "emailSubject", "emailBody");
    }

    @Test
    void twoAdministratorsSavingOverEachOtherAreToldTheSecondSaveWouldLoseTheFirst() {
        put(key, template("Bin collected", "Your bin", "First text", null), null);
        var first = put(key, template("Bin collected", "Your bin", "Alice's text", null), "\"0\"");
        assertThat(first.status()).isEqualTo(200);

        var second = put(key, template("Bin collected", "Your bin", "Bob's text", null), "\"0\"");

        var problem = assertProblem(second, 409);
        assertThat(problem.path("detail").asString()).contains("changed by someone else since you opened it");
        assertThat(admin.get("/api/v1/notification-templates/" + key).text("/emailBody"))
                .isEqualTo("Alice's text");
        var withoutVersion = put(key, template("Bin collected", "Your bin", "Carol's text", null), null);
        assertProblem(withoutVersion, 409);
        var byBody = template("Bin collected", "Your bin", "Dan's text", null);
        byBody.put("version", 1);
        assertThat(put(key, byBody, null).status()).isEqualTo(200);
    }

    @Test
    void aPreviewShowsTheEmailFormattedWithSampleValuesAndCountsTheTextMessage() {
        council.saveDraft(admin, binProcess(key, "collection-day"), council.named("other-bins"));
        var saved = put(
                key,
                template(
                        "Bin collected",
                        "Your ((bin-type)) bin, ((reference))",
                        "# What happens next\n\nDear ((citizen name)),\n\n* ((bin-type))\n* ((collection-day))\n\n"
                                + "^ Track it at ((tracking link))",
                        "Your ((bin-type)) bin was collected. " + "x".repeat(150)),
                null);
        assertThat(saved.status()).as(saved.toString()).isEqualTo(201);

        var preview = admin.post(
                "/api/v1/notification-templates/" + key + "/preview",
                Map.of("values", Map.of("bin-type", "<b>garden</b>")));

        assertThat(preview.status()).as(preview.toString()).isEqualTo(200);
        assertThat(preview.text("/email/subject")).isEqualTo("Your <b>garden</b> bin, CW-2026-000123");
        assertThat(preview.text("/email/html"))
                .contains(">What happens next</h2>")
                .contains("Dear Sam Sample,")
                .contains("&lt;b&gt;garden&lt;/b&gt;</li>")
                .contains("[collection-day]</li>")
                .contains("<blockquote")
                .contains("<a href=\"https://example.gov.uk/portal/track/sample-link\">")
                .doesNotContain("<b>garden</b>");
        assertThat(preview.text("/email/text")).contains("• [collection-day]").contains("What happens next\n=====");
        assertThat(preview.text("/sms/text")).startsWith("Your <b>garden</b> bin was collected.");
        assertThat(preview.json().at("/sms/characters").asInt()).isEqualTo(38 + 150);
        assertThat(preview.json().at("/sms/fragments").asInt()).isEqualTo(2);

        var unsaved = admin.post(
                "/api/v1/notification-templates/" + key + "/preview", Map.of("smsBody", "Hello ((shade of paint))"));
        assertThat(unsaved.text("/sms/text")).isEqualTo("Hello [shade of paint]");
        assertThat(unsaved.json().at("/problems/0/field").asString()).isEqualTo("smsBody");
    }

    @Test
    void aProcessCannotBePublishedSendingATemplateThatDoesNotExist() {
        var published = admin.post("/api/v1/definitions/" + process + "/publish", Map.of("changeNote", "first"));

        var problem = assertProblem(published, 422);
        assertThat(errors(problem))
                .containsEntry(
                        "$.actions[0].template",
                        "Action 1 sends template '" + key + "', which does not exist: create it first, or use the"
                                + " key of one that does");
    }

    @Test
    void aProcessCannotBePublishedSendingATemplateThatUsesAFieldItDoesNotHave() {
        var other = council.named("other-bins");
        council.saveDraft(admin, binProcess(key, "collection-day"), other);
        put(key, template("Bin", "Your ((bin-type)) bin", "On ((collection-day))", null), null);
        council.saveDraft(admin, binProcess(key, null), process);

        var refused = admin.post("/api/v1/definitions/" + process + "/publish", Map.of("changeNote", "first"));

        assertThat(errors(assertProblem(refused, 422)))
                .containsEntry(
                        "$.actions[0].template",
                        "Action 1 sends template '" + key + "', which uses ((collection-day)), but this process has"
                                + " no field 'collection-day'");
        assertThat(admin.post("/api/v1/definitions/" + other + "/publish", Map.of())
                        .status())
                .isEqualTo(201);
    }

    @Test
    void contractorsAreAddedAndChangedAndRefusedWithoutAWayToReachThem() {
        var contractor = council.named("green-gardens");
        var added = admin.put(
                "/api/v1/contractors/" + contractor,
                JSON.writeValueAsString(Map.of("name", "Green Gardens Ltd", "email", "jobs@green.example")),
                "application/json");
        assertThat(added.status()).as(added.toString()).isEqualTo(201);

        var changed = admin.put(
                "/api/v1/contractors/" + contractor,
                JSON.writeValueAsString(Map.of("name", "Green Gardens", "phone", "07700 900 123")),
                "application/json");
        assertThat(changed.status()).isEqualTo(200);
        assertThat(admin.get("/api/v1/contractors/" + contractor).text("/phone"))
                .isEqualTo("07700 900 123");
        assertThat(admin.get("/api/v1/contractors").json().findValuesAsString("key"))
                .contains(contractor);

        var refused = admin.put(
                "/api/v1/contractors/" + contractor,
                JSON.writeValueAsString(Map.of("name", "Nobody")),
                "application/json");
        assertThat(errors(assertProblem(refused, 422)))
                .containsEntry("email", "Enter an email address, a mobile number or both");
    }

    @Test
    void anOfficerCannotChangeTemplates() {
        var officer = council.officer("olive", "officers");

        var refused = officer.api()
                .put(
                        "/api/v1/notification-templates/" + key,
                        JSON.writeValueAsString(template("Bin", "S", "B", null)),
                        "application/json");

        assertProblem(refused, 403);
    }

    private Api.Response put(String key, Map<String, Object> body, String ifMatch) {
        var api = ifMatch == null ? admin : admin.withHeader("If-Match", ifMatch);
        return api.put("/api/v1/notification-templates/" + key, JSON.writeValueAsString(body), "application/json");
    }

    private static Map<String, Object> template(String name, String subject, String email, String sms) {
        var body = new LinkedHashMap<String, Object>();
        body.put("name", name);
        body.put("emailSubject", subject);
        body.put("emailBody", email);
        body.put("smsBody", sms);
        return body;
    }

    private String binProcess(String template, String extraField) {
        var extra = extraField == null
                ? ""
                : ",\n    {\"key\": \"" + extraField + "\", \"label\": \"Day\", \"type\": \"text\"}";
        return """
                {
                  "key": "%s",
                  "name": "Report a missed bin",
                  "fields": [
                    {"key": "bin-type", "label": "Which bin?", "type": "text", "mandatory": true}%s
                  ],
                  "start": "done",
                  "steps": [{"kind": "end", "key": "done", "name": "Done", "outcome": "collected"}],
                  "actions": [{"kind": "notify", "on": "case-started", "template": "%s", "to": "citizen"}]
                }
                """.formatted(extraField == null ? process : council.named("other-bins"), extra, template);
    }
}
