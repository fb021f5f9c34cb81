package org.casework.work;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.kagkarlsson.scheduler.task.Task;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.casework.engine.CaseId;
import org.casework.engine.Cases;
import org.casework.engine.TimelineEntry;
import org.casework.identity.ApiKeys;
import org.casework.identity.Role;
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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * A process's actions hear about its tasks: each time a task is given to a queue or an officer, a task left
 * untouched for some working days, and they can hand a case's task on, such as to the team lead when the SLA is
 * breached. Pothole reports arrive on Thursday 1 May 2025 and go to the highways team's queue at step triage, its
 * third step.
 */
@IntegrationTest
@Import(DaysPass.class)
@TestPropertySource(properties = DaysPass.NO_JOBS)
class TaskActionsTests {

    @Autowired
    MovableClock clock;

    @Autowired
    HeardActions heard;

    @Autowired
    Cases cases;

    @Autowired
    WorkQueues work;

    @Autowired
    List<Task<?>> tasks;

    @Autowired
    Staff staff;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApiKeys apiKeys;

    @LocalServerPort
    int port;

    TestCouncil council;
    TestCouncil.Officer hal;
    TestCouncil.Officer lena;

    @BeforeEach
    void highwaysWithItsLead() {
        clock.set(DaysPass.THURSDAY_1_MAY_2025);
        council = new TestCouncil(staff, apiKeys, port);
        hal = council.officer("hal", "highways", "environment", "supervisors");
        lena = council.officer("lena", Set.of(Role.TEAM_LEAD), "highways");
    }

    @Test
    void aTaskRunsItsTaskAssignedActionsWhenItReachesTheQueueWhenClaimedAndWhenReassigned() {
        var process = reportAProblem("{\"targetWorkingDays\": 10}", """
                [{"on": "task-assigned", "target": "triage", "kind": "notify", "template": "new-work", "to": "assignee"}]
                """);
        var report = report(process);
        var task = openTask(report);

        assertThat(hal.api()
                        .post("/api/v1/tasks/" + task.id() + "/claim", Map.of())
                        .status())
                .isEqualTo(200);
        assertThat(hal.api()
                        .post("/api/v1/tasks/" + task.id() + "/release", Map.of())
                        .status())
                .isEqualTo(200);
        var reassigned = lena.api()
                .post("/api/v1/tasks/" + task.id() + "/reassign", Map.of("team", council.named("environment")));
        assertThat(reassigned.status()).isEqualTo(200);

        // Releasing gives nothing to anybody; the rest are each a handing-over of the third visit's task.
        assertThat(heard.occurrencesOf(report))
                .containsExactly(
                        "task-assigned:triage@3:team:" + council.named("highways"),
                        "task-assigned:triage@3:user:" + hal.username(),
                        "task-assigned:triage@3:team:" + council.named("environment"));
        assertThat(heard.of(report)).allSatisfy(due -> assertThat(due.target()).isEqualTo("triage"));
    }

    @Test
    void aTaskWrittenBeforeTasksKeptTheirProcessVersionStillAnnouncesItsClaim() {
        var process = reportAProblem("{\"targetWorkingDays\": 10}", """
                [{"on": "task-assigned", "target": "triage", "kind": "notify", "template": "new-work", "to": "assignee"}]
                """);
        var report = report(process);
        var task = openTask(report);
        jdbc.sql("update tasks set process_version_id = null where id = :id")
                .param("id", task.id().value())
                .update();

        assertThat(hal.api()
                        .post("/api/v1/tasks/" + task.id() + "/claim", Map.of())
                        .status())
                .isEqualTo(200);

        assertThat(heard.occurrencesOf(report)).contains("task-assigned:triage@3:user:" + hal.username());
    }

    @Test
    void aTaskNobodyTouchesForTwoWorkingDaysIsCalledUntouchedOnceUntilSomeoneTouchesItAgain() {
        var process = reportAProblem(
                "{\"targetWorkingDays\": 10, \"remindAfterWorkingDays\": 2}", """
                [{"on": "task-untouched", "kind": "notify", "template": "nudge", "to": "team", "team": "%s"}]
                """.formatted(council.named("highways")));
        var report = report(process);

        // Friday 2 and Tuesday 6 May (after the bank holiday) go by untouched: it is untouched on Wednesday 7 May.
        checkUntouchedOn("2025-05-06");
        assertThat(types(report)).doesNotContain("task-untouched");
        checkUntouchedOn("2025-05-07");
        assertThat(entry(report, "task-untouched").actor()).isEqualTo("system");
        checkUntouchedOn("2025-05-08");
        assertThat(untouched(report)).containsExactly("task-untouched:triage@3:2025-05-07");

        // Claimed on Thursday 8 May, then left alone on Friday 9 and Monday 12.
        hal.api().post("/api/v1/tasks/" + openTask(report).id() + "/claim", Map.of());
        checkUntouchedOn("2025-05-12");
        assertThat(untouched(report)).hasSize(1);
        checkUntouchedOn("2025-05-13");
        assertThat(untouched(report))
                .containsExactly("task-untouched:triage@3:2025-05-07", "task-untouched:triage@3:2025-05-13");
        assertThat(types(report).stream().filter("task-untouched"::equals)).hasSize(2);
    }

    @Test
    void whenTheSlaIsBreachedTheTaskIsEscalatedToTheTeamLead() {
        var process = reportAProblem("{\"targetWorkingDays\": 10}", """
                [{"on": "sla-breach", "kind": "reassign", "toTeamLead": true}]
                """);
        var report = report(process);
        var task = openTask(report);
        hal.api().post("/api/v1/tasks/" + task.id() + "/claim", Map.of());

        // Due on Friday 16 May; breached on Monday 19 May.
        checkSlaOn("2025-05-16");
        assertThat(work.task(task.id()).assignee()).isEqualTo(hal.username());
        checkSlaOn("2025-05-19");

        var escalated = work.task(task.id());
        assertThat(escalated.assignee()).isEqualTo(lena.username());
        assertThat(escalated.state()).isEqualTo(TaskState.CLAIMED);
        assertThat(lena.api().get("/api/v1/tasks/mine").json().path("tasks").toString())
                .contains(task.id().toString());
        var reassigned = entry(report, "task-reassigned");
        assertThat(reassigned.actor()).isEqualTo("system");
        assertThat(reassigned.detail())
                .containsEntry("reason", "sla-breach")
                .containsEntry("assignee", lena.username())
                .containsEntry("team", council.named("highways"));
    }

    @Test
    void aWarningCanSendTheTaskToAnotherTeamsQueue() {
        var process = reportAProblem("{\"targetWorkingDays\": 10}", """
                [{"on": "sla-warning", "kind": "reassign", "team": "%s"}]
                """.formatted(council.named("supervisors")));
        var report = report(process);
        var task = openTask(report);

        checkSlaOn("2025-05-15");

        var moved = work.task(task.id());
        assertThat(moved.team()).isEqualTo(council.named("supervisors"));
        assertThat(moved.state()).isEqualTo(TaskState.OPEN);
        assertThat(moved.assignee()).isNull();
        assertThat(entry(report, "task-reassigned").detail()).containsEntry("reason", "sla-warning");
    }

    private String reportAProblem(String sla, String actions) {
        var document =
                council.process("report-a-problem.json", "report-a-problem", "highways", "environment", "supervisors");
        document = ProcessDocument.with(document, "sla", sla);
        document = ProcessDocument.with(document, "actions", actions);
        return council.publishMakingTemplates(council.admin().api(), document, council.named("report-a-problem"));
    }

    private CaseId report(String process) {
        var started =
                hal.api().post("/api/v1/cases", Map.of("process", process, "data", Map.of("category", "pothole")));
        assertThat(started.status()).isEqualTo(201);
        return new CaseId(UUID.fromString(started.text("/id")));
    }

    private TaskView openTask(CaseId report) {
        return work.tasksOf(report).stream()
                .filter(t -> t.state() == TaskState.OPEN || t.state() == TaskState.CLAIMED)
                .findFirst()
                .orElseThrow();
    }

    private void checkUntouchedOn(String day) {
        DaysPass.run("untouched-task-check", day, clock, tasks);
    }

    private void checkSlaOn(String day) {
        DaysPass.run("sla-check", day, clock, tasks);
    }

    private List<String> untouched(CaseId report) {
        return heard.occurrencesOf(report).stream()
                .filter(o -> o.startsWith("task-untouched"))
                .toList();
    }

    private List<String> types(CaseId report) {
        return cases.timeline(report).stream().map(TimelineEntry::type).toList();
    }

    private TimelineEntry entry(CaseId report, String type) {
        return cases.timeline(report).stream()
                .filter(e -> e.type().equals(type))
                .reduce((first, second) -> second)
                .orElseThrow();
    }
}
