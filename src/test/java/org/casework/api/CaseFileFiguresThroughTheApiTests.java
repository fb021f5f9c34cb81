package org.casework.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casework.api.ProblemAssertions.assertProblem;
import static org.casework.api.ProblemAssertions.errors;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.casework.casefile.CaseFileCouncil;
import org.casework.identity.ApiKeys;
import org.casework.identity.Role;
import org.casework.identity.Staff;
import org.casework.platform.CouncilTime;
import org.casework.support.Api;
import org.casework.support.IntegrationTest;
import org.casework.support.TestCouncil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The case file's figures through the REST API: the totals a supervisor reports on, for one department and a range
 * of days; an officer who neither supervises nor administers is refused.
 */
@IntegrationTest
class CaseFileFiguresThroughTheApiTests {

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
    String highways;
    String pothole;
    String repair;
    TestCouncil.Officer hana;
    TestCouncil.Officer omar;
    Api lead;
    LocalDate today;

    @BeforeEach
    void aWeekOfHighwaysCaseFiles() {
        council = new TestCouncil(staff, apiKeys, port);
        var admin = council.admin().api();
        var lists = new CaseFileCouncil(council, admin);
        highways = lists.department("highways");
        pothole = lists.value("demand-types", "pothole", "Pothole", highways);
        repair = lists.value("demand-categories", "repair", "Repair", highways);
        var process = lists.publishReportAProblem(highways, "pothole-reports");
        hana = council.officer("hana", "highways");
        omar = council.officer("omar", "highways");
        lead = council.officer("lee", Set.of(Role.TEAM_LEAD), "highways").api();
        today = CouncilTime.dayOf(clock.instant());

        var first = "/api/v1/cases/"
                + CaseFileCouncil.reportAPothole(hana.api(), process).id();
        var second = "/api/v1/cases/"
                + CaseFileCouncil.reportAPothole(hana.api(), process).id();
        var resolved = demand(first, "Deep hole");
        hana.api().post(first + "/demands/" + resolved + "/resolve", Map.of());
        demand(second, "Another hole");
        activity(hana.api(), first, "phone-call", 15, today);
        activity(hana.api(), second, "site-visit", 45, today.minusDays(2));
        activity(omar.api(), second, "phone-call", 30, today);
        hana.api().post(first + "/system-conditions", Map.of("condition", "no-access"));
        hana.api().post(second + "/system-conditions", Map.of("condition", "no-access"));
        hana.api().post(second + "/system-conditions", Map.of("condition", "system-unavailable"));
        var done = intention(first, today);
        hana.api().post(first + "/intentions/" + done + "/done", Map.of());
        intention(first, today.plusDays(3));
        var late = intention(second, today);
        // A day passes for that one: it was due yesterday and is still open.
        db.sql("update case_intentions set due_on = :day where id = :id")
                .param("day", today.minusDays(1))
                .param("id", UUID.fromString(late))
                .update();
    }

    @Test
    void aSupervisorSeesTheDepartmentsTotals() {
        var figures = figures("?department=" + highways);

        var demands = figures.path("demands");
        assertThat(demands).hasSize(1);
        assertThat(demands.get(0).path("typeLabel").asString()).isEqualTo("Pothole");
        assertThat(demands.get(0).path("categoryLabel").asString()).isEqualTo("Repair");
        assertThat(demands.get(0).path("recorded").asLong()).isEqualTo(2);
        assertThat(demands.get(0).path("resolved").asLong()).isEqualTo(1);

        assertThat(minutes(figures.path("timeByTaskCategory"), "phone-call")).isEqualTo(45);
        assertThat(minutes(figures.path("timeByTaskCategory"), "site-visit")).isEqualTo(45);
        assertThat(minutes(figures.path("timeByOfficer"), hana.username())).isEqualTo(60);
        assertThat(minutes(figures.path("timeByOfficer"), omar.username())).isEqualTo(30);

        var conditions = figures.path("systemConditions");
        assertThat(conditions.get(0).path("condition").asString()).isEqualTo("no-access");
        assertThat(conditions.get(0).path("recorded").asLong()).isEqualTo(2);
        assertThat(conditions.get(1).path("recorded").asLong()).isEqualTo(1);

        var callBacks = figures.path("intentions").get(0);
        assertThat(callBacks.path("type").asString()).isEqualTo("call-back");
        assertThat(callBacks.path("open").asLong()).isEqualTo(1);
        assertThat(callBacks.path("overdue").asLong()).isEqualTo(1);
        assertThat(callBacks.path("done").asLong()).isEqualTo(1);
        assertThat(callBacks.path("cancelled").asLong()).isEqualTo(0);
    }

    @Test
    void aRangeOfDaysCountsOnlyWhatFallsInIt() {
        var figures = figures("?department=" + highways + "&from=" + today + "&to=" + today);

        assertThat(minutes(figures.path("timeByTaskCategory"), "site-visit")).isZero();
        assertThat(minutes(figures.path("timeByOfficer"), hana.username())).isEqualTo(15);
        var callBacks = figures.path("intentions").get(0);
        assertThat(callBacks.path("done").asLong()).isEqualTo(1);
        assertThat(callBacks.path("open").asLong() + callBacks.path("overdue").asLong())
                .isZero();
    }

    @Test
    void anotherDepartmentsFiguresLeaveThisOnesOut() {
        var figures = figures("?department=" + council.named("housing"));

        assertThat(figures.path("demands")).isEmpty();
        assertThat(figures.path("timeByOfficer")).isEmpty();
    }

    @Test
    void aRangeThatEndsBeforeItStartsIsRefused() {
        var refused = lead.get("/api/v1/reports/case-file?from=" + today + "&to=" + today.minusDays(1));

        assertThat(errors(assertProblem(refused, 422))).containsKey("to");
    }

    @Test
    void anOfficerWhoDoesNotSuperviseIsRefused() {
        assertProblem(hana.api().get("/api/v1/reports/case-file?department=" + highways), 403);
    }

    private JsonNode figures(String query) {
        var response = lead.get("/api/v1/reports/case-file" + query);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    private static long minutes(JsonNode lines, String key) {
        for (var line : lines)
            if (line.path("key").asString().equals(key))
                return line.path("minutes").asLong();
        return 0;
    }

    private String demand(String caseUri, String description) {
        var added = hana.api()
                .post(caseUri + "/demands", Map.of("type", pothole, "category", repair, "description", description));
        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        return added.text("/id");
    }

    private static void activity(Api officer, String caseUri, String category, int minutes, LocalDate day) {
        var added = officer.post(
                caseUri + "/activities",
                Map.of(
                        "taskCategory",
                        category,
                        "description",
                        "Worked on it",
                        "minutes",
                        minutes,
                        "doneOn",
                        day.toString()));
        assertThat(added.status()).as(added.toString()).isEqualTo(201);
    }

    private String intention(String caseUri, LocalDate due) {
        var added = hana.api()
                .post(
                        caseUri + "/intentions",
                        Map.of(
                                "type",
                                "call-back",
                                "description",
                                "Ring back",
                                "dueOn",
                                due.toString(),
                                "owner",
                                hana.username()));
        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        return added.text("/id");
    }
}
