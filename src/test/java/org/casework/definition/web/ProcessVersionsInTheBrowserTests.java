package org.casework.definition.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.casework.identity.ApiKeys;
import org.casework.identity.Role;
import org.casework.identity.Staff;
import org.casework.support.AuthenticatorApp;
import org.casework.support.Browser;
import org.casework.support.BrowserTest;
import org.casework.support.TestCouncil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * An administrator looks after a process's versions in a real browser: the versions with their change notes, what
 * changed between two of them, the diagram, a file exported and imported back as the draft (an unreadable one refused
 * with nothing saved), a copy under a new key, and running cases moved to the newer version. Every page passes
 * axe-core.
 */
@BrowserTest
class ProcessVersionsInTheBrowserTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Browser browser;

    ProcessVersionsInTheBrowserTests(Browser browser) {
        this.browser = browser;
    }

    @Autowired
    Staff staff;

    @Autowired
    ApiKeys apiKeys;

    @LocalServerPort
    int port;

    TestCouncil council;
    TestCouncil.Officer admin;
    TestCouncil.Officer highways;
    String process;

    @BeforeEach
    void twoVersionsOfReportAProblemAndAnAdministratorSignedIn() {
        council = new TestCouncil(staff, apiKeys, port);
        admin = council.signInOfficer("ada", Set.of(Role.ADMIN));
        highways = council.officer("hal", "highways");
        council.team("environment");
        council.team("supervisors");
        process = council.publishReportAProblem(admin.api());
        browser.signIn(admin.username(), TestCouncil.PASSWORD);
        var app = new AuthenticatorApp(browser.text("#secret"));
        browser.type("#code", app.nextCode()).press("Turn on two-factor sign-in");
    }

    /** The review becomes a sign-off and the target 15 working days. */
    private String versionTwo(String name) {
        var tree = (ObjectNode) JSON.readTree(
                council.process("report-a-problem.json", "report-a-problem", "highways", "environment", "supervisors"));
        tree.put("name", name);
        var steps = (ArrayNode) tree.path("steps");
        for (int i = 0; i < steps.size(); i++) {
            var step = (ObjectNode) steps.get(i);
            if (step.path("key").asString().equals("triage")) step.put("next", "sign-off");
            if (step.path("key").asString().equals("review")) {
                step.put("key", "sign-off");
                step.put("name", "Sign off <the> decision & close");
            }
        }
        ((ObjectNode) tree.path("sla")).put("targetWorkingDays", 15);
        return JSON.writeValueAsString(tree);
    }

    @Test
    void theVersionsTheirChangesAndTheDiagram() {
        council.saveDraft(admin.api(), versionTwo("Report a problem"), process);
        admin.api().post("/api/v1/definitions/" + process + "/publish", Map.of("changeNote", "A sign-off instead"));

        browser.visit("/admin/processes/" + process + "/versions");

        assertThat(browser.heading()).isEqualTo("Report a problem");
        var rows = browser.rows("#versions");
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).get(0)).isEqualTo("2");
        assertThat(rows.get(0).get(2)).isEqualTo(admin.username());
        assertThat(rows.get(0).get(3)).isEqualTo("A sign-off instead");
        assertThat(rows.get(1).get(3)).isEqualTo("test");
        browser.assertAccessible();

        browser.press("Compare");

        assertThat(browser.heading()).isEqualTo("Changes from version 1 to version 2");
        assertThat(browser.text("main"))
                .contains("Target (working days) changed from 10 to 15")
                .contains("Goes next to changed from 'review' to 'sign-off'")
                .contains("A task step 'Sign off <the> decision & close' in stage 'decision', goes next to closed");
        browser.assertAccessible();

        var svg = (String) browser.script(
                "return fetch('/admin/processes/" + process + "/versions/2/diagram.svg').then(r => r.text())");
        assertThat(svg)
                .startsWith("<svg")
                .contains("Sign off &lt;the&gt; decision &amp; close")
                .contains("Stage: Assessing")
                .contains("category is &quot;pothole&quot;");
    }

    @Test
    void aFileExportedAndImportedBackBecomesTheDraftAndAnUnreadableOneChangesNothing() throws Exception {
        browser.visit("/admin/processes/" + process + "/versions");
        var exported = (String) browser.script(
                "return fetch('/admin/processes/" + process + "/versions/1/export?format=yaml').then(r => r.text())");
        assertThat(exported).contains("key: " + process).contains("name: Report a problem");

        var file = Files.createTempFile("process", ".yaml");
        Files.writeString(file, exported.replace("name: Report a problem", "name: Report a street problem"));
        browser.visit("/admin/processes/import");
        browser.assertAccessible();
        browser.find("#file").sendKeys(file.toString());
        browser.press("Import as the draft");

        assertThat(browser.path()).isEqualTo("/admin/processes/" + process + "/versions");
        assertThat(browser.text(".govuk-notification-banner"))
                .contains("Imported ‘Report a street problem’ as its draft");
        assertThat(browser.heading()).isEqualTo("Report a street problem");
        browser.assertAccessible();

        var broken = Files.createTempFile("process", ".json");
        Files.writeString(broken, "{\"key\": \"" + process + "\", \"name\": \"Broken\", \"stepz\": []}");
        browser.visit("/admin/processes/import");
        browser.find("#file").sendKeys(broken.toString());
        browser.press("Import as the draft");

        assertThat(browser.title()).startsWith("Error:");
        assertThat(browser.text("#file-error"))
                .contains("unknown property 'stepz'")
                .contains("Nothing was saved");
        browser.assertAccessible();
        var draft = admin.api().get("/api/v1/definitions/" + process + "/draft").json();
        assertThat(draft.path("name").asString()).isEqualTo("Report a street problem");

        var unfinished = Files.createTempFile("process", ".yaml");
        Files.writeString(unfinished, exported.replace("next: closed", "next: sign-off"));
        browser.visit("/admin/processes/import");
        browser.find("#file").sendKeys(unfinished.toString());
        browser.press("Import as the draft");

        assertThat(browser.text(".govuk-notification-banner")).contains("fix the problems listed to publish it");
        assertThat(browser.text("#import-problems")).contains("goes next to 'sign-off', which does not exist");
        browser.assertAccessible();
    }

    @Test
    void aProcessDuplicatedUnderANewKeyStartsAsADraft() {
        var copy = council.named("report-graffiti");
        browser.visit("/admin/processes/" + process + "/duplicate");
        browser.assertAccessible();
        browser.type("#newKey", process).type("#newName", "Report graffiti").press("Make the copy");

        assertThat(browser.text("#newKey-error")).contains("There is already a process with the key");
        browser.assertAccessible();

        browser.type("#newKey", copy).press("Make the copy");

        assertThat(browser.path()).isEqualTo("/admin/processes/" + copy + "/versions");
        assertThat(browser.heading()).isEqualTo("Report graffiti");
        assertThat(browser.text("#no-versions")).isEqualTo("Nothing has been published yet.");
        var draft = admin.api().get("/api/v1/definitions/" + copy + "/draft").json();
        assertThat(draft.path("steps").size()).isEqualTo(6);
        browser.assertAccessible();
    }

    @Test
    void runningCasesAreMovedToTheNewerVersionThoseAtAStepThatIsGoneOnceTheAdministratorPlacesThem() {
        var atTriage = start();
        var atReview = start();
        var task = highways.api()
                .get("/api/v1/cases/" + atReview.path("id").asString())
                .json()
                .path("openTasks")
                .get(0)
                .path("id")
                .asString();
        highways.api().post("/api/v1/tasks/" + task + "/claim", Map.of());
        highways.api().post("/api/v1/tasks/" + task + "/complete", Map.of("data", Map.of("decision", "accept")));
        council.publish(admin.api(), versionTwo("Report a problem"), process);

        browser.visit("/admin/processes/" + process + "/migrations");

        var rows = browser.rows("#moves");
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).get(0)).isEqualTo(atTriage.path("reference").asString());
        assertThat(rows.get(0).get(3)).contains("Yes").contains("Stays at step 'triage'");
        assertThat(rows.get(1).get(3)).contains("No").contains("Step 'review' is not in version 2");
        browser.assertAccessible();

        browser.press("Move 1 case to version 2");

        assertThat(browser.text(".govuk-notification-banner")).contains("Moved 1 case to version 2");
        assertThat(browser.text("#not-moved"))
                .contains(atReview.path("reference").asString());
        browser.assertAccessible();

        browser.select("#step-review", "sign-off").press("Preview");

        rows = browser.rows("#moves");
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).get(3)).contains("Yes").contains("Moves to step 'sign-off'");
        browser.press("Move 1 case to version 2");

        assertThat(browser.text("#no-cases")).isEqualTo("Every active case is on this version already.");
        var moved = admin.api()
                .get("/api/v1/cases/" + atReview.path("id").asString())
                .json();
        assertThat(moved.path("currentStep").asString()).isEqualTo("sign-off");
        browser.assertAccessible();
    }

    private tools.jackson.databind.JsonNode start() {
        var data = new HashMap<String, Object>();
        data.put("category", "pothole");
        return highways.api()
                .post("/api/v1/cases", Map.of("process", process, "data", data))
                .json();
    }
}
