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
 * Abandoning a case in a real browser: a reason is required, the case then says it was abandoned and why, and only
 * staff allowed to abandon cases may, on cases they can see. Every page state passes axe-core.
 */
@BrowserTest
class AbandoningACaseInTheBrowserTests {

    private final Browser browser;

    AbandoningACaseInTheBrowserTests(Browser browser) {
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
    String process;

    @BeforeEach
    void aCouncilThatTakesReportsOfProblems() {
        council = new TestCouncil(staff, apiKeys, port);
        admin = council.admin();
        process = council.publishReportAProblem(admin.api());
        officer = council.signInOfficer("alex", Set.of(Role.OFFICER), "highways");
    }

    @Test
    void aTeamLeadAbandonsACaseWithAReasonAndTheCaseSaysSo() {
        var lead = council.signInOfficer("hilda", Set.of(Role.TEAM_LEAD), "highways");
        var reference = reportAPothole();
        browser.signIn(lead.username(), TestCouncil.PASSWORD);
        browser.visit("/cases/" + reference).press("Abandon this case");
        assertThat(browser.heading()).isEqualTo("Abandon " + reference);
        browser.assertAccessible();

        browser.type("#note", "Same pothole as the one reported yesterday").press("Abandon case");
        assertThat(browser.title()).startsWith("Error:");
        assertThat(browser.text(".govuk-error-summary")).contains("Select why the case is being abandoned");
        assertThat(browser.find("#note").getAttribute("value")).isEqualTo("Same pothole as the one reported yesterday");
        browser.assertAccessible();

        browser.choose("Duplicate of another case").press("Abandon case");

        assertThat(browser.heading()).isEqualTo(reference);
        assertThat(browser.text(".govuk-notification-banner--success")).contains("Case " + reference + " abandoned");
        assertThat(browser.text("#case-summary")).contains("Abandoned");
        assertThat(browser.text("#timeline")).contains("Case abandoned by hilda");
        assertThat(browser.all("#open-tasks"))
                .as("its triage task was cancelled")
                .isEmpty();
        assertThat(browser.all("a[href$='/abandon']")).isEmpty();
        browser.assertAccessible();
    }

    @Test
    void anOfficerWithoutThePermissionCannotAbandonACaseEvenOneTheyCanSee() {
        var reference = reportAPothole();
        browser.signIn(officer.username(), TestCouncil.PASSWORD);
        browser.visit("/cases/" + reference);
        assertThat(browser.all("a[href$='/abandon']")).isEmpty();

        browser.visit("/cases/" + reference + "/abandon");

        assertThat(browser.heading()).isEqualTo("You cannot do that");
        browser.assertAccessible();
        assertThat(officer.api().get("/api/v1/cases/by-reference/" + reference).text("/status"))
                .isEqualTo("open");
    }

    @Test
    void aLeadCannotAbandonACaseTheirTeamsCannotSee() {
        var wasteLead = council.signInOfficer("walter", Set.of(Role.TEAM_LEAD), "waste");
        var reference = reportAPothole();
        browser.signIn(wasteLead.username(), TestCouncil.PASSWORD);

        browser.visit("/cases/" + reference + "/abandon");

        assertThat(browser.heading()).isEqualTo("Page not found");
        assertThat(browser.pageText()).doesNotContain(reference);
    }

    private String reportAPothole() {
        var started =
                officer.api().post("/api/v1/cases", Map.of("process", process, "data", Map.of("category", "pothole")));
        assertThat(started.status()).as(started.toString()).isEqualTo(201);
        return started.text("/reference");
    }
}
