package org.casework.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.kagkarlsson.scheduler.task.Task;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.casework.identity.ApiKeys;
import org.casework.identity.Staff;
import org.casework.support.DaysPass;
import org.casework.support.HeardActions;
import org.casework.support.IntegrationTest;
import org.casework.support.MovableClock;
import org.casework.support.ProcessDocument;
import org.casework.support.TestCouncil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

/**
 * A case is warned when most of its target has gone and announced as breached once its due date has passed, again
 * every few working days while it stays open. Reports arrive on Thursday 1 May 2025 with a 10-working-day target:
 * the Early May bank holiday (Monday 5 May) does not count, so they are due on Friday 16 May. The service's clock
 * stands in 2025, before every other test's, so the check finds only these cases; the test runs the check itself, as
 * the job runner would on each day it moves the clock to.
 */
@IntegrationTest
@Import(DaysPass.class)
@TestPropertySource(properties = DaysPass.NO_JOBS)
class SlaWarningAndBreachTests {

    @Autowired
    MovableClock clock;

    @Autowired
    HeardActions heard;

    @Autowired
    Cases cases;

    @Autowired
    List<Task<?>> tasks;

    @Autowired
    Staff staff;

    @Autowired
    ApiKeys apiKeys;

    @LocalServerPort
    int port;

    TestCouncil council;
    TestCouncil.Officer officer;

    @BeforeEach
    void aCouncil() {
        clock.set(DaysPass.THURSDAY_1_MAY_2025);
        council = new TestCouncil(staff, apiKeys, port);
        officer = council.officer("hal", "highways", "environment", "supervisors");
    }

    /** Report a problem with a 10-day target, which marks the report urgent when warned and tells the citizen. */
    private String reportAProblem(String sla) {
        var document =
                council.process("report-a-problem.json", "report-a-problem", "highways", "environment", "supervisors");
        document = ProcessDocument.with(document, "sla", sla);
        document = ProcessDocument.with(document, "actions", """
                [
                  {"on": "sla-warning", "kind": "set-fields", "set": {"priority": 1}},
                  {"on": "sla-warning", "kind": "notify", "template": "sla-warning", "to": "citizen"},
                  {"on": "sla-breach", "kind": "notify", "template": "sla-breach", "to": "citizen"}
                ]
                """);
        return council.publishMakingTemplates(council.admin().api(), document, council.named("report-a-problem"));
    }

    private CaseId report(String process) {
        var started =
                officer.api().post("/api/v1/cases", Map.of("process", process, "data", Map.of("category", "pothole")));
        assertThat(started.status()).isEqualTo(201);
        return new CaseId(UUID.fromString(started.text("/id")));
    }

    @Test
    void theWarningComesWhenEightOfTheTenWorkingDaysHaveGoneAndOnlyOnce() {
        var report = report(reportAProblem("{\"targetWorkingDays\": 10}"));
        assertThat(cases.get(report).dueOn()).isEqualTo("2025-05-16");

        // Three quarters of 10 days, rounded up, is 8: Friday 2 to Wednesday 14 May. Not yet on the Wednesday.
        checkOn("2025-05-14");
        assertThat(types(report)).doesNotContain("sla-warning");
        assertThat(cases.get(report).data()).doesNotContainKey("priority");

        checkOn("2025-05-15");
        var warning = entry(report, "sla-warning");
        assertThat(warning.actor()).isEqualTo("system");
        assertThat(warning.detail()).containsEntry("dueOn", "2025-05-16");
        assertThat(cases.get(report).data()).containsEntry("priority", 1);
        assertThat(heard.occurrencesOf(report)).containsExactly("sla-warning");

        checkOn("2025-05-15");
        checkOn("2025-05-16");
        assertThat(types(report)).containsOnlyOnce("sla-warning");
        assertThat(heard.occurrencesOf(report)).containsExactly("sla-warning");
    }

    @Test
    void theBreachIsAnnouncedOnTheFirstWorkingDayAfterTheDueDateAndAgainEveryThreeWorkingDays() {
        var report = report(reportAProblem("{\"targetWorkingDays\": 10, \"breachRepeatWorkingDays\": 3}"));
        checkOn("2025-05-15");

        // Due on Friday 16 May: the weekend does not count, so the first breach is on Monday 19 May.
        checkOn("2025-05-16");
        checkOn("2025-05-17");
        checkOn("2025-05-18");
        assertThat(types(report)).doesNotContain("sla-breach");

        checkOn("2025-05-19");
        assertThat(entry(report, "sla-breach").detail()).containsEntry("dueOn", "2025-05-16");
        checkOn("2025-05-20");
        checkOn("2025-05-21");
        assertThat(breaches(report)).containsExactly("sla-breach:2025-05-19");

        checkOn("2025-05-22");
        // Three working days after Thursday 22 May, not counting the Spring bank holiday on Monday 26 May.
        checkOn("2025-05-26");
        checkOn("2025-05-27");
        checkOn("2025-05-28");
        assertThat(breaches(report))
                .containsExactly("sla-breach:2025-05-19", "sla-breach:2025-05-22", "sla-breach:2025-05-28");
        assertThat(types(report).stream().filter("sla-breach"::equals)).hasSize(3);
    }

    @Test
    void aCaseThatHasEndedIsNeitherWarnedNorBreached() {
        var report = report(reportAProblem("{\"targetWorkingDays\": 10}"));
        cases.abandon(report, "withdrawn", "They fixed it themselves", officer.username());

        checkOn("2025-05-15");
        checkOn("2025-05-19");

        assertThat(types(report)).doesNotContain("sla-warning", "sla-breach");
        assertThat(heard.occurrencesOf(report)).isEmpty();
    }

    @Test
    void whileTheClockIsStoppedNothingIsAnnouncedAndAfterwardsTheWarningMovesOutWithTheDueDate() {
        var report = report(reportAProblem("{\"targetWorkingDays\": 10, \"pauseWhileWaitingOnCitizen\": true}"));

        at("2025-05-14");
        cases.pauseSla(report, "Waiting for a photo", officer.username());
        checkOn("2025-05-15");
        checkOn("2025-05-16");
        assertThat(types(report)).doesNotContain("sla-warning", "sla-breach");

        // Stopped from Wednesday 14 May until Monday 19 May: three working days, so it is due on Wednesday 21 May,
        // the warning comes three working days after Thursday 15 May and the breach three after Monday 19 May.
        at("2025-05-19");
        cases.resumeSla(report, officer.username());
        assertThat(cases.get(report).dueOn()).isEqualTo("2025-05-21");
        checkOn("2025-05-19");
        assertThat(types(report)).doesNotContain("sla-warning");
        checkOn("2025-05-20");
        assertThat(entry(report, "sla-warning").detail()).containsEntry("dueOn", "2025-05-21");
        checkOn("2025-05-21");
        assertThat(types(report)).doesNotContain("sla-breach");
        checkOn("2025-05-22");
        assertThat(breaches(report)).containsExactly("sla-breach:2025-05-22");
    }

    @Test
    void aProcessWithoutAnSlaBlockIsNotWarnedButIsBreachedOnceItsStagesTargetsHavePassed() {
        var document =
                council.process("report-a-problem.json", "report-a-problem", "highways", "environment", "supervisors");
        document = document.replace("\"sla\": {\"targetWorkingDays\": 10},", "");
        document = ProcessDocument.with(document, "actions", """
                [{"on": "sla-breach", "kind": "notify", "template": "sla-breach", "to": "citizen"}]
                """);
        var process =
                council.publishMakingTemplates(council.admin().api(), document, council.named("report-a-problem"));
        var report = report(process);
        // Its stages' targets add up to 10 working days too.
        assertThat(cases.get(report).dueOn()).isEqualTo("2025-05-16");

        checkOn("2025-05-15");
        checkOn("2025-05-19");

        assertThat(types(report)).doesNotContain("sla-warning");
        assertThat(breaches(report)).containsExactly("sla-breach:2025-05-19");
    }

    /** The day comes and the job runner runs the SLA check. */
    private void checkOn(String day) {
        DaysPass.run("sla-check", day, clock, tasks);
    }

    private void at(String day) {
        clock.moveTo(LocalDate.parse(day));
    }

    private List<String> breaches(CaseId report) {
        return heard.occurrencesOf(report).stream()
                .filter(o -> o.startsWith("sla-breach"))
                .toList();
    }

    private List<String> types(CaseId report) {
        return cases.timeline(report).stream().map(TimelineEntry::type).toList();
    }

    private TimelineEntry entry(CaseId report, String type) {
        return cases.timeline(report).stream()
                .filter(e -> e.type().equals(type))
                .findFirst()
                .orElseThrow();
    }
}
