package org.casework.work.web;

import static org.assertj.core.api.Assertions.assertThat;

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
 * A case started for someone at the counter or on the telephone, in a real browser: choosing the process loads its
 * questions in place (and "Continue" does without scripts), a refused start keeps everything typed, and a double
 * submit starts one case. Every page state passes axe-core.
 */
@BrowserTest
class StartingACaseInTheBrowserTests {

    private final Browser browser;

    StartingACaseInTheBrowserTests(Browser browser) {
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
    void anOfficerStartsACaseForACallerAndAMissingAnswerIsExplainedWithoutLosingWhatWasTyped() {
        browser.signIn(officer.username(), TestCouncil.PASSWORD);
        browser.press("Start a case");
        assertThat(browser.heading()).isEqualTo("Start a case");
        browser.assertAccessible();

        browser.find("input[name='process'][value='" + process + "']").click();
        browser.waitFor("#start-case input[name='process'][value='" + process + "']");
        assertThat(browser.text("#case-details")).contains("What is the problem?", "Who is asking");
        assertThat(browser.all("#field-decision"))
                .as("the triage officer's question")
                .isEmpty();
        assertThat(browser.all("h1")).as("only the questions were swapped in").hasSize(1);
        assertThat(browser.url()).contains("process=" + process);
        browser.assertAccessible();

        browser.type("#field-description", "A deep pothole outside number 4")
                .type("#field-postcode", "SW1A 1AA")
                .type("#citizen-name", "Jo Bloggs")
                .type("#citizen-email", "jo@example.org")
                .press("Start case");

        assertThat(browser.title()).startsWith("Error:");
        assertThat(browser.text(".govuk-error-summary")).contains("What is the problem? is required");
        assertThat(browser.find("#field-description").getAttribute("value"))
                .isEqualTo("A deep pothole outside number 4");
        assertThat(browser.find("#field-postcode").getAttribute("value")).isEqualTo("SW1A 1AA");
        assertThat(browser.find("#citizen-name").getAttribute("value")).isEqualTo("Jo Bloggs");
        assertThat(browser.find("#citizen-email").getAttribute("value")).isEqualTo("jo@example.org");
        browser.assertAccessible();

        browser.choose("pothole").press("Start case");

        var reference = browser.heading();
        assertThat(reference).startsWith("RP-");
        assertThat(browser.text(".govuk-notification-banner--success")).contains("Case " + reference + " started");
        assertThat(browser.text("#citizen")).contains("Jo Bloggs", "jo@example.org", "SW1A 1AA");
        assertThat(browser.text("#case-data")).contains("pothole", "A deep pothole outside number 4");
        assertThat(browser.text("#timeline")).contains("Case started by alex");
        browser.assertAccessible();
    }

    @Test
    void callerDetailsACaseCannotKeepAreExplainedAlongsideTheProcesssOwnProblems() {
        browser.signIn(officer.username(), TestCouncil.PASSWORD);
        browser.visit("/cases/new?process=" + process);

        browser.type("#citizen-email", "jo at example").press("Start case");

        assertThat(browser.title()).startsWith("Error:");
        assertThat(browser.text(".govuk-error-summary"))
                .contains("Enter an email address in the correct format", "What is the problem? is required");
        assertThat(browser.text("#case-details .govuk-form-group--error")).isNotBlank();
        assertThat(browser.find("#citizen-email").getAttribute("value")).isEqualTo("jo at example");
        browser.assertAccessible();
    }

    @Test
    void theProcessCanBeChosenWithoutScriptsAndNotChoosingOneIsExplained() {
        browser.signIn(officer.username(), TestCouncil.PASSWORD);
        browser.visit("/cases/new").press("Continue");

        assertThat(browser.text(".govuk-error-summary")).contains("Select the service the case is for");
        browser.assertAccessible();

        browser.visit("/cases/new?choose=true&process=" + process);
        assertThat(browser.find("input[name='process'][value='" + process + "']")
                        .isSelected())
                .isTrue();
        assertThat(browser.all("#start-case")).hasSize(1);
    }

    @Test
    void aFormSentTwiceStartsOneCase() {
        var surname = council.named("Bloggs");
        browser.signIn(officer.username(), TestCouncil.PASSWORD);
        browser.visit("/cases/new?process=" + process);
        browser.choose("flytipping").type("#citizen-name", "Jo " + surname);

        browser.submitTwice("#start-case");

        assertThat(browser.heading()).startsWith("RP-");
        var found = officer.api().get("/api/v1/cases?surname=" + surname.toLowerCase());
        assertThat(found.status()).as(found.toString()).isEqualTo(200);
        assertThat(found.json().path("cases").size()).isEqualTo(1);
        assertThat(found.text("/cases/0/reference")).isEqualTo(browser.heading());
    }
}
