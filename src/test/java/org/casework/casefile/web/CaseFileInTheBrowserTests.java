package org.casework.casefile.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
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
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The case file in a real browser: an officer opens it from the case, records a demand (a refused form explains
 * itself and keeps what was typed), time, a follow-up and what got in the way; a follow-up shows on its owner's My
 * tasks, overdue ones marked, until it is done; someone who cannot see the case finds no file. Every page passes
 * axe-core.
 */
@BrowserTest
class CaseFileInTheBrowserTests {

    private final Browser browser;

    CaseFileInTheBrowserTests(Browser browser) {
        this.browser = browser;
    }

    @Autowired
    Staff staff;

    @Autowired
    ApiKeys apiKeys;

    @Autowired
    Clock clock;

    @Autowired
    JdbcClient db;

    @LocalServerPort
    int port;

    TestCouncil council;
    TestCouncil.Officer officer;
    String pothole;
    String repair;
    CaseFileCouncil.Started kase;

    @BeforeEach
    void aPotholeReportOfTheHighwaysDepartment() {
        council = new TestCouncil(staff, apiKeys, port);
        var lists = new CaseFileCouncil(council, council.admin().api());
        var highways = lists.department("highways");
        pothole = lists.value("demand-types", "pothole", "Pothole", highways);
        repair = lists.value("demand-categories", "repair", "Road repair", highways);
        var process = lists.publishReportAProblem(highways, "pothole-reports");
        officer = council.signInOfficer("alex", Set.of(Role.OFFICER), "highways");
        kase = CaseFileCouncil.reportAPothole(officer.api(), process);
    }

    @Test
    void anOfficerKeepsTheCaseFileFromTheCasePage() {
        browser.signIn(officer.username(), TestCouncil.PASSWORD);
        browser.visit("/cases/" + kase.reference());
        browser.press("Case file");
        assertThat(browser.heading()).isEqualTo("Case file");
        assertThat(browser.text("#case-file-summary")).contains("highways");
        browser.assertAccessible();

        // A demand without a type is refused, and what was typed stays.
        browser.type("#demandDescription", "Deep pothole by the school");
        browser.press("Add demand");
        assertThat(browser.title()).startsWith("Error:");
        assertThat(browser.text(".govuk-error-summary")).contains("Select a demand type", "Select a demand category");
        assertThat(browser.find("#demandDescription").getAttribute("value")).isEqualTo("Deep pothole by the school");
        browser.assertAccessible();

        browser.select("#demandType", pothole).select("#demandCategory", repair).press("Add demand");
        assertThat(browser.text(".govuk-notification-banner")).contains("Demand recorded: Pothole");
        assertThat(browser.rows("#demands-table"))
                .singleElement()
                .satisfies(row -> assertThat(row).contains("Pothole", "Road repair", "Deep pothole by the school"));

        var today = CouncilTime.dayOf(clock.instant());
        browser.select("#activityCategory", "site-visit")
                .type("#activityDescription", "Measured the hole")
                .type("#activityMinutes", "40")
                .type("#activityDoneOn-day", String.valueOf(today.getDayOfMonth()))
                .type("#activityDoneOn-month", String.valueOf(today.getMonthValue()))
                .type("#activityDoneOn-year", String.valueOf(today.getYear()))
                .press("Record time");
        assertThat(browser.text("#total-time")).isEqualTo("40 minutes");
        assertThat(browser.text("#activities-table")).contains("Total: 40 minutes", "Site visit", "Measured the hole");

        browser.select("#conditionType", "no-access")
                .type("#conditionNote", "Road closed")
                .press("Record system");
        assertThat(browser.rows("#conditions-table"))
                .singleElement()
                .satisfies(row -> assertThat(row).contains("Could not get access to the property", "Road closed"));

        browser.press("Resolve");
        assertThat(browser.text("#demands-table")).contains("Resolved");
        browser.assertAccessible();

        browser.visit("/cases/" + kase.reference());
        assertThat(browser.text("#timeline"))
                .contains("Demand recorded", "Demand resolved", "Activity recorded", "System condition recorded");
    }

    @Test
    void aFollowUpWithADateThatDoesNotExistIsExplainedNextToItsBoxes() {
        browser.signIn(officer.username(), TestCouncil.PASSWORD);
        browser.visit("/cases/" + kase.reference() + "/file");

        browser.select("#intentionType", "call-back")
                .type("#intentionDescription", "Ring back")
                .type("#intentionDueOn-day", "31")
                .type("#intentionDueOn-month", "2")
                .type("#intentionDueOn-year", "2030")
                .press("Add follow-up");

        assertThat(browser.text(".govuk-error-summary")).contains("Enter a real date");
        assertThat(browser.text("#intentions .govuk-error-message")).contains("Enter a real date");
        assertThat(browser.find("#intentionDueOn-day").getAttribute("value")).isEqualTo("31");
        browser.assertAccessible();
    }

    @Test
    void aFollowUpShowsOnItsOwnersMyTasksUntilItIsDone() {
        var today = CouncilTime.dayOf(clock.instant());
        var base = "/api/v1/cases/" + kase.id() + "/intentions";
        officer.api()
                .post(
                        base,
                        Map.of(
                                "type",
                                "call-back",
                                "description",
                                "Tell Jo when it is filled",
                                "dueOn",
                                today.plusDays(2).toString(),
                                "owner",
                                officer.username()));
        var late = officer.api()
                .post(
                        base,
                        Map.of(
                                "type",
                                "visit",
                                "description",
                                "Check the repair",
                                "dueOn",
                                today.toString(),
                                "owner",
                                officer.username()))
                .text("/id");
        // A day passes for the visit: it was due yesterday and is still open.
        db.sql("update case_intentions set due_on = :day where id = :id")
                .param("day", today.minusDays(1))
                .param("id", UUID.fromString(late))
                .update();

        browser.signIn(officer.username(), TestCouncil.PASSWORD);
        assertThat(browser.heading()).isEqualTo("My tasks");
        var rows = browser.rows("#my-follow-ups");
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0)).contains(kase.reference(), "Visit: Check the repair");
        assertThat(rows.get(0).get(2)).contains("Overdue");
        assertThat(rows.get(1)).contains(kase.reference(), "Call the person back: Tell Jo when it is filled");
        assertThat(rows.get(1).get(2)).doesNotContain("Overdue");
        browser.assertAccessible();

        browser.press(kase.reference());
        assertThat(browser.heading()).isEqualTo("Case file");
        browser.press("Mark done Visit");
        assertThat(browser.text(".govuk-notification-banner")).contains("Follow-up done: Visit");

        browser.press("My tasks");
        assertThat(browser.rows("#my-follow-ups"))
                .singleElement()
                .satisfies(row -> assertThat(row).contains("Call the person back: Tell Jo when it is filled"));
    }

    @Test
    void someoneWhoCannotSeeTheCaseFindsNoCaseFile() {
        var elsewhere = council.signInOfficer("sam", Set.of(Role.OFFICER), "environment");

        browser.signIn(elsewhere.username(), TestCouncil.PASSWORD);
        browser.visit("/cases/" + kase.reference() + "/file");

        assertThat(browser.heading()).isEqualTo("Page not found");
        assertThat(browser.pageText()).doesNotContain("Pothole");
    }
}
