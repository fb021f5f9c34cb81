package org.casework.work;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.casework.engine.CaseId;
import org.casework.engine.Cases;
import org.casework.engine.TimelineEntry;
import org.casework.identity.ApiKeys;
import org.casework.identity.Role;
import org.casework.identity.Staff;
import org.casework.support.Api;
import org.casework.support.IntegrationTest;
import org.casework.support.TestCouncil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Claiming a task from a team's queue when others are at work on the same case or the same task. A claim changes the
 * task alone, so it does not queue behind a command that holds the case (a long completion, a supervisor's change),
 * and two officers who press "claim" at the same moment cannot both get the task.
 */
@IntegrationTest
class ClaimingTasksTests {

    /** How long a test waits for what should happen at once before it calls the claim stuck; not a measure of speed. */
    private static final long PATIENCE_SECONDS = 30;

    @Autowired
    Cases cases;

    @Autowired
    WorkQueues work;

    @Autowired
    Staff staff;

    @Autowired
    ApiKeys apiKeys;

    @Autowired
    TransactionTemplate transaction;

    @LocalServerPort
    int port;

    TestCouncil council;
    TestCouncil.Officer hal;
    TestCouncil.Officer ada;
    String process;

    @BeforeEach
    void highwaysOfficers() {
        council = new TestCouncil(staff, apiKeys, port);
        hal = council.officer("hal", "highways");
        ada = council.officer("ada", "highways");
        council.officer("sam", Set.of(Role.TEAM_LEAD), "environment", "supervisors");
        process = council.publishReportAProblem(council.admin().api());
    }

    @Test
    void twoOfficersClaimingTheSameTaskAtOnceGetItOnceAndTheOtherIsToldWhoHasIt() throws Exception {
        var report = report();
        var task = openTask(report);
        var go = new CountDownLatch(1);
        var halClaims = claimWhenTold(hal.api(), task, go);
        var adaClaims = claimWhenTold(ada.api(), task, go);
        go.countDown();
        var answers = List.of(
                halClaims.get(PATIENCE_SECONDS, TimeUnit.SECONDS), adaClaims.get(PATIENCE_SECONDS, TimeUnit.SECONDS));

        assertThat(answers).extracting(Api.Response::status).containsExactlyInAnyOrder(200, 409);
        var winner = work.tasksOf(report).getFirst().assignee();
        assertThat(winner).isIn(hal.username(), ada.username());
        var refused =
                answers.stream().filter(a -> a.status() == 409).findFirst().orElseThrow();
        assertThat(refused.text("/detail")).contains("already claimed by " + winner);
        assertThat(timeline(report))
                .filteredOn(e -> e.type().equals("task-claimed"))
                .singleElement()
                .extracting(TimelineEntry::actor)
                .isEqualTo(winner);
    }

    @Test
    void aClaimGoesThroughWhileAnotherCommandHoldsTheCase() throws Exception {
        var report = report();
        var task = openTask(report);
        var caseHeld = new CountDownLatch(1);
        var claimed = new CountDownLatch(1);
        var holder = CompletableFuture.supplyAsync(() -> transaction.execute(status -> {
            cases.lock(report);
            caseHeld.countDown();
            try {
                // True only if the claim finished while this transaction still held the case.
                return claimed.await(PATIENCE_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }));
        assertThat(caseHeld.await(PATIENCE_SECONDS, TimeUnit.SECONDS)).isTrue();

        var claim = hal.api().post("/api/v1/tasks/" + task.id() + "/claim", Map.of());
        claimed.countDown();

        assertThat(claim.status()).isEqualTo(200);
        assertThat(holder.get(PATIENCE_SECONDS, TimeUnit.SECONDS))
                .as("the claim was answered while the case was held")
                .isTrue();
        assertThat(work.tasksOf(report).getFirst().assignee()).isEqualTo(hal.username());
        assertThat(timeline(report)).extracting(TimelineEntry::type).contains("task-claimed");
    }

    private CompletableFuture<Api.Response> claimWhenTold(Api api, TaskView task, CountDownLatch go) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                go.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            return api.post("/api/v1/tasks/" + task.id() + "/claim", Map.of());
        });
    }

    private CaseId report() {
        var started =
                hal.api().post("/api/v1/cases", Map.of("process", process, "data", Map.of("category", "pothole")));
        assertThat(started.status()).isEqualTo(201);
        return new CaseId(UUID.fromString(started.text("/id")));
    }

    private TaskView openTask(CaseId report) {
        return work.tasksOf(report).stream()
                .filter(t -> t.state() == TaskState.OPEN)
                .findFirst()
                .orElseThrow();
    }

    private List<TimelineEntry> timeline(CaseId report) {
        return cases.timeline(report);
    }
}
