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
 * An officer's day in a real browser: sign in, take the next task from the team queue, complete it on the case page
 * (a refused submit keeps what was typed), find the work in My tasks, and sign out. Every page passes axe-core.
 */
@BrowserTest
class WorkingACaseInTheBrowserTests {

    private final Browser browser;

    WorkingACaseInTheBrowserTests(Browser browser) {
        this.browser = browser;
    }

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
    void aCouncilWithAReportInTheHighwaysQueue() {
        council = new TestCouncil(staff, apiKeys, port);
        process = council.publishReportAProblem(council.admin().api());
        officer = council.signInOfficer("alex", Set.of(Role.OFFICER), "highways");
    }

    private String reportAPothole(String citizen) {
        var started = officer.api()
                .post(
                        "/api/v1/cases",
                        Map.of(
                                "process",
                                process,
                                "data",
                                Map.of("category", "pothole", "postcode", "SW1A 1AA"),
                                "citizen",
                                Map.of("name", citizen)));
        assertThat(started.status()).as(started.toString()).isEqualTo(201);
        return started.text("/reference");
    }

    @Test
    void pagesNeedASignInAndAWrongPasswordIsExplainedWithoutSayingWhichPartWasWrong() {
        browser.visit("/tasks");
        assertThat(browser.path()).isEqualTo("/sign-in");
        browser.assertAccessible();

        browser.signIn(officer.username(), "not the password");

        assertThat(browser.text(".govuk-error-summary")).contains("Enter a correct username and password");
        assertThat(browser.title()).startsWith("Error:");
        assertThat(browser.find("#username").getAttribute("value")).isEqualTo(officer.username());
        browser.assertAccessible();
    }

    @Test
    void anOfficerTakesTheNextTaskCompletesItAndTheCaseMovesOn() {
        var reference = reportAPothole("Jo Bloggs");

        browser.signIn(officer.username(), TestCouncil.PASSWORD);
        assertThat(browser.heading()).isEqualTo("My tasks");
        browser.assertAccessible();

        browser.press("Team queues");
        assertThat(browser.rows("#queue"))
                .anySatisfy(row -> assertThat(row).contains(reference, "Triage the report", "Jo Bloggs"));
        browser.assertAccessible();

        browser.press("Get next task");
        assertThat(browser.heading()).isEqualTo(reference);
        assertThat(browser.text(".govuk-notification-banner")).contains("You have claimed Triage the report");
        assertThat(browser.text("#citizen")).contains("Jo Bloggs", "SW1A 1AA");
        browser.assertAccessible();

        // The decision is mandatory: a submit without it is refused, and says so next to the question.
        browser.press("Complete task");
        assertThat(browser.text(".govuk-error-summary")).contains("Decision is required to complete this step");
        assertThat(browser.text("#complete-task .govuk-error-message")).contains("Decision is required");
        browser.assertAccessible();

        browser.choose("accept").press("Complete task");
        assertThat(browser.text(".govuk-notification-banner")).contains("You completed Triage the report");
        assertThat(browser.text("#case-summary")).contains("Review the decision");
        assertThat(browser.text("#timeline")).contains("Step completed", "Triage the report", "Task claimed");
        assertThat(browser.all("#complete-task")).isEmpty();
    }

    @Test
    void myTasksListsClaimedWorkWithItsSlaStatusAndSortsByAnyColumn() {
        var first = reportAPothole("Zoe Adams");
        var second = reportAPothole("Ann Young");
        browser.signIn(officer.username(), TestCouncil.PASSWORD);
        browser.visit("/queues").press("Get next task");
        browser.visit("/queues").press("Get next task");

        browser.press("My tasks");
        var rows = browser.rows("#my-tasks");
        assertThat(rows).hasSize(2);
        assertThat(rows).allSatisfy(row -> assertThat(row).contains("Triage the report", "On track"));

        browser.press("Citizen");
        assertThat(browser.rows("#my-tasks")).extracting(row -> row.get(0)).containsExactly(second, first);
        browser.press("Citizen");
        assertThat(browser.rows("#my-tasks")).extracting(row -> row.get(0)).containsExactly(first, second);
        assertThat(browser.find("th[aria-sort='descending']").getText()).isEqualTo("Citizen");
        browser.assertAccessible();

        browser.select("#sla", "OVERDUE").press("Apply filters");
        assertThat(browser.all("#my-tasks")).isEmpty();
        assertThat(browser.pageText()).contains("None of your tasks match these filters");
        browser.select("#sla", "ON_TRACK").press("Apply filters");
        assertThat(browser.rows("#my-tasks")).hasSize(2);

        browser.press("Release " + first);
        assertThat(browser.rows("#my-tasks")).extracting(row -> row.get(0)).containsExactly(second);
    }

    @Test
    void notesAreAddedInPlaceAndSayWhetherTheCitizenCanSeeThem() {
        var reference = reportAPothole("Jo Bloggs");
        browser.signIn(officer.username(), TestCouncil.PASSWORD);
        browser.visit("/cases/" + reference);
        // htmx swaps the notes section in: the page itself is not reloaded, so this marker survives.
        browser.script("window.stillTheSamePage = true");

        browser.find("#notes button").click();
        browser.waitForText("#notes", "Enter a note");
        browser.assertAccessible();

        browser.type("#note-text", "Rang Jo: the pothole is by the bus stop");
        browser.find("#notes button").click();
        browser.waitForText("#note-list", "Rang Jo");

        // Officers are shown by name: "alex" is this council's Alex.
        assertThat(browser.text("#note-list")).contains("Private", "alex, ");
        assertThat(browser.script("return window.stillTheSamePage")).isEqualTo(true);
        assertThat(browser.find("#note-text").getAttribute("value")).isEmpty();
        browser.visit("/cases/" + reference);
        assertThat(browser.text("#timeline")).contains("Note added");
        assertThat(browser.text("#timeline")).doesNotContain("bus stop");
    }

    @Test
    void anOfficerCannotOpenACaseNoneOfTheirTeamsHasWorkedOn() {
        var elsewhere = council.officer("sam", "environment");
        var started = elsewhere
                .api()
                .post("/api/v1/cases", Map.of("process", process, "data", Map.of("category", "flytipping")));
        var reference = started.text("/reference");

        browser.signIn(officer.username(), TestCouncil.PASSWORD);
        browser.visit("/cases/" + reference);

        assertThat(browser.heading()).isEqualTo("Page not found");
        assertThat(browser.pageText()).doesNotContain(reference);
    }

    @Test
    void signingOutEndsTheSession() {
        browser.signIn(officer.username(), TestCouncil.PASSWORD);
        browser.signOut();

        assertThat(browser.text(".govuk-notification-banner")).contains("You have signed out");
        browser.visit("/tasks");
        assertThat(browser.path()).isEqualTo("/sign-in");
    }
}
