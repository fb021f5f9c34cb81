package org.casework.casefile.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.Map;
import java.util.Set;
import org.casework.casefile.CaseFileCouncil;
import org.casework.identity.ApiKeys;
import org.casework.identity.Role;
import org.casework.identity.Staff;
import org.casework.platform.CouncilTime;
import org.casework.support.Browser;
import org.casework.support.BrowserTest;
import org.casework.support.TestCouncil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The case file report in a real browser: a team lead filters by department, reads the totals and downloads a table
 * as CSV (with a label that looks like a formula made inert); an officer who does not supervise cannot open it. Every
 * page passes axe-core.
 */
@BrowserTest
class CaseFileReportsInTheBrowserTests {

    private final Browser browser;

    CaseFileReportsInTheBrowserTests(Browser browser) {
        this.browser = browser;
    }

    @Autowired
    Staff staff;

    @Autowired
    ApiKeys apiKeys;

    @Autowired
    Clock clock;

    @LocalServerPort
    int port;

    TestCouncil council;
    String highways;
    TestCouncil.Officer officer;
    TestCouncil.Officer lead;

    @BeforeEach
    void aHighwaysCaseWithItsFile() {
        council = new TestCouncil(staff, apiKeys, port);
        var lists = new CaseFileCouncil(council, council.admin().api());
        highways = lists.department("highways");
        var pothole = lists.value("demand-types", "pothole", "=Pothole", highways);
        var repair = lists.value("demand-categories", "repair", "Road repair", highways);
        var process = lists.publishReportAProblem(highways, "pothole-reports");
        officer = council.signInOfficer("alex", Set.of(Role.OFFICER), "highways");
        lead = council.signInOfficer("lee", Set.of(Role.TEAM_LEAD), "highways");
        var base = "/api/v1/cases/"
                + CaseFileCouncil.reportAPothole(officer.api(), process).id();
        officer.api().post(base + "/demands", Map.of("type", pothole, "category", repair, "description", "Deep hole"));
        officer.api()
                .post(
                        base + "/activities",
                        Map.of(
                                "taskCategory",
                                "phone-call",
                                "description",
                                "Called Jo",
                                "minutes",
                                25,
                                "doneOn",
                                CouncilTime.dayOf(clock.instant()).toString()));
    }

    @Test
    void aTeamLeadReadsTheDepartmentsTotalsAndDownloadsThemAsCsv() throws Exception {
        browser.signIn(lead.username(), TestCouncil.PASSWORD);
        browser.visit("/supervise");
        browser.press("Case file report");
        assertThat(browser.heading()).isEqualTo("Case file report");
        browser.assertAccessible();

        browser.select("#department", highways).press("Show figures");
        assertThat(browser.rows("#demands-figures"))
                .singleElement()
                .satisfies(row -> assertThat(row).containsExactly("=Pothole", "Road repair", "1", "0"));
        assertThat(browser.rows("#time-by-task-category"))
                .singleElement()
                .satisfies(row -> assertThat(row).containsExactly("Phone call", "1", "25"));
        assertThat(browser.rows("#time-by-officer"))
                .singleElement()
                .satisfies(row -> assertThat(row).containsExactly("alex", "1", "25"));
        browser.assertAccessible();

        var export = browser.find("a[href^='/reports/case-file/demands.csv']").getAttribute("href");
        var csv = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(export))
                                .header("Cookie", "CASEWORK_SESSION=" + browser.cookie("CASEWORK_SESSION"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Disposition").orElse("")).startsWith("attachment;");
        assertThat(csv.body().lines())
                .containsExactly("Demand type,Category,Recorded,Resolved", "'=Pothole,Road repair,1,0");
    }

    @Test
    void aDateThatDoesNotExistIsExplainedNextToItsBoxes() {
        browser.signIn(lead.username(), TestCouncil.PASSWORD);
        browser.visit("/reports/case-file");

        browser.type("#from-day", "31")
                .type("#from-month", "2")
                .type("#from-year", "2026")
                .press("Show figures");

        assertThat(browser.title()).startsWith("Error:");
        assertThat(browser.text(".govuk-error-summary")).contains("Enter a real date");
        assertThat(browser.find("#from-day").getAttribute("value")).isEqualTo("31");
        browser.assertAccessible();
    }

    @Test
    void anOfficerWhoDoesNotSuperviseCannotOpenTheReport() {
        browser.signIn(officer.username(), TestCouncil.PASSWORD);
        browser.visit("/reports/case-file");

        assertThat(browser.heading()).isEqualTo("You cannot do that");
    }
}
