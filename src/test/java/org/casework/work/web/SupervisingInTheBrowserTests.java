package org.casework.work.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 * A team lead's oversight in a real browser: their teams' open work with its SLA status, filtered to the overdue
 * without a page load, several tasks reassigned at once (each one that cannot be says why), and incidents retried.
 * Officers who do not supervise are refused. Every page state passes axe-core.
 */
@BrowserTest
class SupervisingInTheBrowserTests {

    private final Browser browser;

    SupervisingInTheBrowserTests(Browser browser) {
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
    TestCouncil.Officer admin;
    TestCouncil.Officer lead;
    TestCouncil.Officer alex;

    @BeforeEach
    void aHighwaysTeamWithItsLead() {
        council = new TestCouncil(staff, apiKeys, port);
        admin = council.admin();
        lead = council.signInOfficer("hilda", Set.of(Role.TEAM_LEAD), "highways");
        alex = council.signInOfficer("alex", Set.of(Role.OFFICER), "highways");
    }

    @Test
    void aLeadFiltersTheOverdueAndReassignsTwoTasksAtOnceWhileAThirdThatMovedOnIsNamed() {
        var process = council.publishReportAProblem(admin.api());
        var late = reportAPothole(process);
        var second = reportAPothole(process);
        var third = reportAPothole(process);
        // A new task cannot be late by its process's SLA, so this one is made late by hand.
        jdbc.sql("update tasks set due_on = :day where case_reference = :reference")
                .param(
                        "day",
                        java.sql.Date.valueOf(CouncilTime.dayOf(Instant.now()).minusDays(10)))
                .param("reference", late.reference())
                .update();

        browser.signIn(lead.username(), TestCouncil.PASSWORD);
        browser.press("Supervise");
        assertThat(browser.heading()).isEqualTo("Supervise");
        var rows = browser.rows("#team-work-table");
        assertThat(rows).hasSize(3);
        assertThat(row(rows, late.reference()))
                .contains("Triage the report", council.named("highways"), "Unclaimed", "Overdue");
        assertThat(row(rows, second.reference())).contains("On track");
        browser.assertAccessible();

        browser.choose("Overdue only").pressUpdating("Apply filters", "#team-work");
        assertThat(browser.rows("#team-work-table"))
                .extracting(cells -> cells.get(1))
                .containsExactly(late.reference());
        assertThat(browser.text("#work-status")).startsWith("1 task");
        assertThat(browser.url()).contains("overdue=true");
        assertThat(browser.all("h1")).as("only the results were swapped in").hasSize(1);
        browser.assertAccessible();

        browser.choose("Overdue only").pressUpdating("Apply filters", "#team-work");
        browser.choose("Select " + late.reference() + " Triage the report")
                .choose("Select " + second.reference() + " Triage the report")
                .choose("Select " + third.reference() + " Triage the report")
                .select("#to", alex.username());
        var abandoned = lead.api().post("/api/v1/cases/" + late.id() + "/abandon", Map.of("reason", "duplicate"));
        assertThat(abandoned.status()).as(abandoned.toString()).isEqualTo(200);
        browser.press("Reassign selected");

        assertThat(browser.text(".govuk-notification-banner--success"))
                .contains("2 tasks reassigned to " + alex.username(), second.reference(), third.reference());
        assertThat(browser.text("#not-reassigned")).contains(late.reference(), "cancelled");
        var after = browser.rows("#team-work-table");
        assertThat(after).hasSize(2);
        assertThat(after).allSatisfy(cells -> assertThat(cells).contains(alex.username()));
        browser.assertAccessible();

        browser.signOut().signIn(alex.username(), TestCouncil.PASSWORD);
        assertThat(browser.rows("#my-tasks"))
                .extracting(cells -> cells.get(0))
                .containsExactlyInAnyOrder(second.reference(), third.reference());
    }

    @Test
    void aLeadCanOnlyLookAtTheTeamsTheyLead() {
        council.team("environment");

        browser.signIn(lead.username(), TestCouncil.PASSWORD);
        browser.visit("/supervise?team=" + council.named("environment"));

        assertThat(browser.heading()).isEqualTo("You cannot do that");
    }

    @Test
    void anOfficerWhoDoesNotSuperviseIsRefusedAndNotOfferedTheLink() {
        browser.signIn(alex.username(), TestCouncil.PASSWORD);
        assertThat(browser.all("a[href='/supervise']")).isEmpty();

        browser.visit("/supervise");
        assertThat(browser.heading()).isEqualTo("You cannot do that");
        browser.assertAccessible();

        browser.visit("/supervise/incidents");
        assertThat(browser.heading()).isEqualTo("You cannot do that");
    }

    @Test
    void aLeadRetriesAnIncidentOnACaseTheyStartedAndDoesNotSeeOthers() {
        var process = council.publish(
                admin.api(), council.process("priority-check.json", "priority-check"), council.named("priority-check"));
        var mine = startFailingCase(lead, process);
        var elsewhere = startFailingCase(admin, process);
        var myIncident = openIncidentOf(mine.id());
        var otherIncident = openIncidentOf(elsewhere.id());

        browser.signIn(lead.username(), TestCouncil.PASSWORD);
        browser.visit("/supervise").press("Incidents");
        assertThat(browser.heading()).isEqualTo("Supervise");
        var row = browser.find("tr[data-incident='" + myIncident + "']").getText();
        assertThat(row).contains(mine.reference(), "case-timer", "check-priority");
        assertThat(browser.all("tr[data-incident='" + otherIncident + "']")).isEmpty();
        browser.assertAccessible();

        browser.press("Retry");

        assertThat(browser.text(".govuk-notification-banner--success"))
                .contains("will run again now", mine.reference());
        assertThat(browser.all("tr[data-incident='" + myIncident + "']")).isEmpty();
        browser.assertAccessible();
        var retried = incidents().stream()
                .filter(incident -> incident.path("id").asString().equals(myIncident))
                .findFirst()
                .orElseThrow();
        assertThat(retried.path("status").asString()).isEqualTo("retried");
        assertThat(retried.path("retriedBy").asString()).isEqualTo(lead.username());
    }

    record Started(String id, String reference) {}

    private Started reportAPothole(String process) {
        var started =
                alex.api().post("/api/v1/cases", Map.of("process", process, "data", Map.of("category", "pothole")));
        assertThat(started.status()).as(started.toString()).isEqualTo(201);
        return new Started(started.text("/id"), started.text("/reference"));
    }

    /** A case whose timer's next step cannot run, so the timer job fails every attempt (see IncidentTests). */
    private Started startFailingCase(TestCouncil.Officer who, String process) {
        var started = who.api().post("/api/v1/cases", Map.of("process", process, "data", Map.of("priority", "high")));
        assertThat(started.status()).as(started.toString()).isEqualTo(201);
        return new Started(started.text("/id"), started.text("/reference"));
    }

    private String openIncidentOf(String caseId) {
        return await().atMost(Duration.ofSeconds(15))
                .until(
                        () -> incidents().stream()
                                .filter(incident ->
                                        incident.path("caseId").asString().equals(caseId))
                                .filter(incident ->
                                        incident.path("status").asString().equals("open"))
                                .map(incident -> incident.path("id").asString())
                                .toList(),
                        found -> found.size() == 1)
                .getFirst();
    }

    private List<tools.jackson.databind.JsonNode> incidents() {
        var response = admin.api().get("/api/v1/incidents");
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        var all = new java.util.ArrayList<tools.jackson.databind.JsonNode>();
        response.json().forEach(all::add);
        return all;
    }

    private static List<String> row(List<List<String>> rows, String reference) {
        return rows.stream()
                .filter(cells -> cells.contains(reference))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No row for " + reference + " in " + rows));
    }
}
