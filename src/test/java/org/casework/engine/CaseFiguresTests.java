package org.casework.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.casework.identity.ApiKeys;
import org.casework.identity.Staff;
import org.casework.support.IntegrationTest;
import org.casework.support.TestCouncil;
import org.casework.work.TaskView;
import org.casework.work.WorkQueues;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** What a supervisor's dashboard counts: open cases by stage, SLA compliance, and work past its due date. */
@IntegrationTest
class CaseFiguresTests {

    @Autowired
    Staff staff;

    @Autowired
    ApiKeys apiKeys;

    @Autowired
    CaseFigures figures;

    @Autowired
    WorkQueues work;

    @LocalServerPort
    int port;

    TestCouncil council;
    TestCouncil.Officer officer;
    String process;

    @BeforeEach
    void reportAProblem() {
        council = new TestCouncil(staff, apiKeys, port);
        officer = council.officer("hal", "highways", "environment", "supervisors");
        process = council.publishReportAProblem(council.admin().api());
    }

    @Test
    void openCasesAreCountedAtTheStageTheyAreIn() {
        start("pothole");
        start("flytipping");

        assertThat(figures.openByStage())
                .filteredOn(f -> f.process().equals(process))
                .containsExactly(new CaseFigures.OpenAtStage(process, "assessing", 2));
    }

    @Test
    void aCaseClosedBeforeItsDueDateCountsAsOnTime() {
        var since = Instant.now().minusSeconds(1);
        var caseId = start("pothole");
        workToTheEnd(caseId);

        var compliance = figures.slaCompliance(process, since);

        assertThat(compliance).isEqualTo(new CaseFigures.SlaCompliance(1, 1));
        assertThat(compliance.share()).isEqualTo(1.0);
    }

    @Test
    void workPastItsDueDateIsListedMostOverdueFirst() {
        start("pothole");
        var team = council.named("highways");

        List<TaskView> today = work.overdue(List.of(team), LocalDate.now(), 50);
        List<TaskView> aMonthLater = work.overdue(List.of(team), LocalDate.now().plusMonths(1), 50);

        assertThat(today).isEmpty();
        assertThat(aMonthLater)
                .singleElement()
                .satisfies(t -> assertThat(t.step()).isEqualTo("triage"));
    }

    private String start(String category) {
        var started =
                officer.api().post("/api/v1/cases", Map.of("process", process, "data", Map.of("category", category)));
        assertThat(started.status()).as(started.toString()).isEqualTo(201);
        return started.text("/id");
    }

    private void workToTheEnd(String caseId) {
        for (var data : List.of(Map.of("decision", "accept"), Map.<String, Object>of())) {
            var task = officer.api().get("/api/v1/cases/" + caseId).text("/openTasks/0/id");
            officer.api().post("/api/v1/tasks/" + task + "/claim", Map.of());
            var done = officer.api().post("/api/v1/tasks/" + task + "/complete", Map.of("data", data));
            assertThat(done.status()).as(done.toString()).isEqualTo(200);
        }
    }
}
