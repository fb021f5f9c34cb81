package org.casework.work.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An officer of highways searching in a real browser: by a citizen's name and by an answer, seeing only the cases
 * their team may see, opening one, and downloading the result as CSV. Every page passes axe-core, errors included.
 */
@BrowserTest
class SearchingInTheBrowserTests {

    private final Browser browser;

    SearchingInTheBrowserTests(Browser browser) {
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
    TestCouncil.Officer elsewhere;
    String process;

    @BeforeEach
    void aCouncilWithAnOfficerOfHighwaysAndOneOfEnvironment() {
        council = new TestCouncil(staff, apiKeys, port);
        process = council.publishReportAProblem(
                council.admin().api(), "category", "priority", "postcode", "route", "decision");
        officer = council.signInOfficer("alex", Set.of(Role.OFFICER), "highways");
        elsewhere = council.officer("eve", "environment");
    }

    /** A report taken by the officer of environment: a pothole goes to highways, anything else stays with them. */
    private String report(String citizen, String category) {
        var started = elsewhere
                .api()
                .post(
                        "/api/v1/cases",
                        Map.of(
                                "process",
                                process,
                                "data",
                                Map.of("category", category, "postcode", "SW1A 1AA"),
                                "citizen",
                                Map.of("name", citizen)));
        assertThat(started.status()).as(started.toString()).isEqualTo(201);
        return started.text("/reference");
    }

    @Test
    void anOfficerFindsTheirTeamsCasesByNameAndByAnswerOpensOneAndDownloadsTheResult() throws Exception {
        var pothole = report("Jo Bloggs", "pothole");
        var flytipping = report("Sam Bloggs", "flytipping");
        browser.signIn(officer.username(), TestCouncil.PASSWORD);

        browser.press("Search");
        assertThat(browser.heading()).isEqualTo("Search cases");
        browser.type("#name", "Bloggs").press("Search cases");
        assertThat(browser.rows("#results"))
                .singleElement()
                .satisfies(row -> assertThat(row).contains(pothole, "Jo Bloggs", "SW1A 1AA", "Triage the report"));
        assertThat(browser.pageText()).doesNotContain(flytipping);
        browser.assertAccessible();

        browser.find("#name").clear();
        new Select(browser.find("#field")).selectByVisibleText("What is the problem?");
        browser.type("#value", "Pothole").press("Search cases");
        assertThat(browser.rows("#results")).extracting(row -> row.get(0)).containsExactly(pothole);
        var export = browser.find("#export").getAttribute("href");

        browser.press(pothole);
        assertThat(browser.heading()).isEqualTo(pothole);

        var csv = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(export))
                                .header("Cookie", "CASEWORK_SESSION=" + browser.cookie("CASEWORK_SESSION"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Disposition").orElse("")).startsWith("attachment;");
        assertThat(csv.body()).contains(pothole, "Jo Bloggs").doesNotContain(flytipping);
    }

    @Test
    void aDateThatDoesNotExistIsExplainedNextToItsBoxes() {
        browser.signIn(officer.username(), TestCouncil.PASSWORD);
        browser.visit("/search");

        browser.type("#created-from-day", "31")
                .type("#created-from-month", "2")
                .type("#created-from-year", "2026")
                .press("Search cases");

        assertThat(browser.title()).startsWith("Error:");
        assertThat(browser.text(".govuk-error-summary")).contains("Created from must be a real date");
        assertThat(browser.find("#created-from-day").getAttribute("value")).isEqualTo("31");
        browser.assertAccessible();
    }
}
