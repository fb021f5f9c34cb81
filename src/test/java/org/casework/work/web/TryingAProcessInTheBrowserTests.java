package org.casework.work.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.casework.identity.ApiKeys;
import org.casework.identity.Role;
import org.casework.identity.Staff;
import org.casework.support.AuthenticatorApp;
import org.casework.support.Browser;
import org.casework.support.BrowserTest;
import org.casework.support.ProcessDocument;
import org.casework.support.TestCouncil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * "Try it" on a draft: the administrator's sample answers pick the branch's route, the task goes to the team its
 * allocation rules choose, the messages the process would send are listed, and no case is started.
 */
@BrowserTest
class TryingAProcessInTheBrowserTests {

    private final Browser browser;

    TryingAProcessInTheBrowserTests(Browser browser) {
        this.browser = browser;
    }

    @Autowired
    Staff staff;

    @Autowired
    ApiKeys apiKeys;

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    TestCouncil council;
    String process;

    @BeforeEach
    void aDraftThatThanksTheCitizenAndAnAdministratorSignedIn() {
        council = new TestCouncil(staff, apiKeys, port);
        var admin = council.signInOfficer("ada", Set.of(Role.ADMIN));
        var document = ProcessDocument.with(
                council.process("report-a-problem.json", "report-a-problem", "highways", "environment", "supervisors"),
                "actions",
                """
                [{"kind": "notify", "on": "case-started", "template": "report-received", "to": "citizen"},
                 {"kind": "notify", "on": "step-entered", "target": "review", "template": "review-due",
                  "to": "team", "team": "%s"}]
                """.formatted(council.named("supervisors")));
        process = council.saveDraft(admin.api(), document, council.named("report-a-problem"));
        browser.signIn(admin.username(), TestCouncil.PASSWORD);
        var app = new AuthenticatorApp(browser.text("#secret"));
        browser.type("#code", app.nextCode()).press("Turn on two-factor sign-in");
    }

    private long cases() {
        return jdbc.sql("select count(*) from cases").query(Long.class).single();
    }

    @Test
    void flyTippingGoesToTheEnvironmentTeamWithTheMessagesListedAndNoCaseStarted() {
        var before = cases();
        browser.visit("/admin/processes/" + process + "/draft/try");
        assertThat(browser.heading()).isEqualTo("Try it");
        browser.assertAccessible();

        browser.choose("flytipping").type("#field-postcode", "SW1A 1AA").press("Try it");

        var path = browser.rows("#path");
        assertThat(path.stream().map(row -> row.get(1).lines().findFirst().orElse("")))
                .containsExactly(
                        "Route the report",
                        "Send to environment",
                        "Triage the report",
                        "Review the decision",
                        "Case closed");
        assertThat(path.get(0).get(0)).isEqualTo("Received");
        assertThat(path.get(0).get(2)).isEqualTo("No route's condition holds, so otherwise to 'assess-environment'");
        assertThat(path.get(2).get(0)).isEqualTo("Assessing");
        assertThat(path.get(2).get(2)).contains("Goes to team " + council.named("environment"));
        assertThat(path.get(3).get(2)).contains("Goes to team " + council.named("supervisors"));
        assertThat(browser.text("#outcome")).contains("resolved");
        assertThat(browser.rows("#messages"))
                .containsExactly(
                        java.util.List.of("case-started", "report-received", "the citizen"),
                        java.util.List.of(
                                "step-entered of 'review'",
                                "review-due",
                                "every member of team " + council.named("supervisors")));
        browser.assertAccessible();
        assertThat(cases()).isEqualTo(before);
    }

    @Test
    void aPotholeTakesTheFirstRouteToHighways() {
        browser.visit("/admin/processes/" + process + "/draft/try");

        browser.choose("pothole").press("Try it");

        var path = browser.rows("#path");
        assertThat(path.get(0).get(2)).isEqualTo("Route 1 to 'assess-highways', because category is \"pothole\"");
        assertThat(path.get(1).get(1)).startsWith("Send to highways");
        assertThat(path.get(2).get(2)).contains("Goes to team " + council.named("highways"));
    }

    @Test
    void anAnswerTheFieldRefusesIsShownInTheErrorSummary() {
        browser.visit("/admin/processes/" + process + "/draft/try");

        browser.type("#field-priority", "very").press("Try it");

        assertThat(browser.title()).startsWith("Error:");
        assertThat(browser.text(".govuk-error-summary")).contains("How urgent is it?");
        assertThat(browser.find("#field-priority").getAttribute("value")).isEqualTo("very");
        browser.assertAccessible();
    }
}
