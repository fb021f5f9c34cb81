package org.casework.work.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.casework.identity.ApiKeys;
import org.casework.identity.Role;
import org.casework.identity.Staff;
import org.casework.support.Browser;
import org.casework.support.BrowserTest;
import org.casework.support.TestCouncil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * On the case page: an officer moves a case of a flexible process to another stage with a reason (a restricted process
 * offers no such thing), and a case links to the cases it started and to the case that started it. Every page state
 * passes axe-core.
 */
@BrowserTest
class MovingACaseInTheBrowserTests {

    private final Browser browser;

    MovingACaseInTheBrowserTests(Browser browser) {
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
    TestCouncil.Officer officer;

    @BeforeEach
    void aHousingOfficerSignedIn() {
        council = new TestCouncil(staff, apiKeys, port);
        admin = council.admin();
        officer = council.signInOfficer("fran", Set.of(Role.OFFICER), "housing");
        browser.signIn(officer.username(), TestCouncil.PASSWORD);
    }

    private String publish(String name, String mode, String firstSteps) {
        var key = council.named(name);
        var team = council.named("housing");
        return council.publish(
                admin.api(),
                """
                {"key": "%s", "name": "Housing support", %s
                 "stages": [{"key": "intake", "name": "Intake", "targetWorkingDays": 2},
                            {"key": "decide", "name": "Decision", "targetWorkingDays": 5}],
                 "start": "first",
                 "steps": [
                   %s
                   {"kind": "task", "key": "triage", "name": "Triage", "stage": "intake", "allocation": {"team": "%s"},
                    "next": "decide"},
                   {"kind": "task", "key": "decide", "name": "Decide", "stage": "decide", "allocation": {"team": "%s"},
                    "next": "done"},
                   {"kind": "end", "key": "done", "outcome": "decided"}
                 ]}
                """.formatted(key, mode == null ? "" : "\"mode\": \"" + mode + "\",", firstSteps, team, team),
                key);
    }

    private String start(String process) {
        var started = officer.api().post("/api/v1/cases", Map.of("process", process, "data", Map.of()));
        assertThat(started.status()).as(started.toString()).isEqualTo(201);
        return started.text("/reference");
    }

    @Test
    void anOfficerMovesACaseToAnotherStageWithAReason() {
        var reference = start(publish("support-page", "flexible", """
                {"kind": "automatic", "key": "first", "stage": "intake", "next": "triage"},"""));

        browser.visit("/cases/" + reference).press("Move this case to another stage");
        assertThat(browser.heading()).isEqualTo("Move " + reference + " to another stage");
        browser.assertAccessible();

        browser.press("Move case");
        assertThat(browser.title()).startsWith("Error:");
        assertThat(browser.text(".govuk-error-summary"))
                .contains("Select the stage to move the case to")
                .contains("Enter why the case is moving");
        browser.assertAccessible();

        browser.choose("Decision")
                .type("#reason", "Urgent: the family is homeless tonight")
                .press("Move case");

        assertThat(browser.heading()).isEqualTo(reference);
        assertThat(browser.text(".govuk-notification-banner--success")).contains("moved to Decision");
        assertThat(browser.text("#timeline"))
                .contains("Moved to stage")
                .contains("To Decision: Urgent: the family is homeless tonight");
        browser.assertAccessible();
    }

    @Test
    void aRestrictedProcessOffersNoMove() {
        var reference = start(publish("support-in-order", null, """
                {"kind": "automatic", "key": "first", "stage": "intake", "next": "triage"},"""));

        browser.visit("/cases/" + reference);
        assertThat(browser.all("#move-case")).isEmpty();

        browser.visit("/cases/" + reference + "/move");
        assertThat(browser.heading()).isEqualTo(reference);
        assertThat(browser.text(".govuk-notification-banner")).contains("follows its stages in order");
    }

    @Test
    void aCaseLinksToTheCasesItStartedAndTheyLinkBack() {
        var child = publish("support-check", null, """
                {"kind": "automatic", "key": "first", "stage": "intake", "next": "triage"},""");
        var parent = start(publish("support-parent", null, """
                {"kind": "sub-process", "key": "first", "name": "Checks", "stage": "intake",
                 "processes": [{"process": "%s"}], "wait": false, "next": "triage"},""".formatted(child)));

        browser.visit("/cases/" + parent);
        assertThat(browser.text("#related-cases")).contains("Started");
        assertThat(browser.text("#timeline")).contains("Child started");
        browser.assertAccessible();

        browser.find("#related-cases a.child-case").click();
        assertThat(browser.text("#related-cases")).contains("Started by").contains(parent);
        browser.assertAccessible();

        browser.find("#parent-case").click();
        assertThat(browser.heading()).isEqualTo(parent);
    }
}
