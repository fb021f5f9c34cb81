package org.casework.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.casework.identity.ApiKeys;
import org.casework.identity.Staff;
import org.casework.support.IntegrationTest;
import org.casework.support.MovableClock;
import org.casework.support.TestCouncil;
import org.casework.work.WorkQueues;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.context.event.EventListener;

/**
 * A case at an information-request step waits for the citizen: the request goes out with a reply-by date, the SLA
 * clock stands still while the citizen takes their time, and the case moves on when they reply or when the reply is
 * overdue. The service's clock is moved by hand between the days a test talks about.
 */
@IntegrationTest
@Import(InformationRequestStepTests.Calendar.class)
class InformationRequestStepTests {

    /** Monday 2 March 2026, 9 am in London; no bank holidays that month. */
    static final Instant MONDAY = Instant.parse("2026-03-02T09:00:00Z");

    static final String STEP = "ask-for-evidence";

    @TestConfiguration
    static class Calendar {
        @Bean
        @Primary
        MovableClock movableClock() {
            return new MovableClock(MONDAY);
        }

        @Bean
        RequestsSent requestsSent() {
            return new RequestsSent();
        }
    }

    /** Stands in for the module that sends requests to the citizen: remembers what it was asked to send. */
    static final class RequestsSent {
        final List<InformationRequestStepReached> requests = new CopyOnWriteArrayList<>();

        @EventListener
        void on(InformationRequestStepReached request) {
            requests.add(request);
        }

        InformationRequestStepReached to(CaseId caseId) {
            return requests.stream()
                    .filter(r -> r.caseId().equals(caseId))
                    .reduce((first, second) -> second)
                    .orElseThrow(() -> new AssertionError("No request was sent for case " + caseId));
        }
    }

    @Autowired
    MovableClock clock;

    @Autowired
    RequestsSent sent;

    @Autowired
    Cases cases;

    @Autowired
    WorkQueues work;

    @Autowired
    Staff staff;

    @Autowired
    ApiKeys apiKeys;

    @LocalServerPort
    int port;

    TestCouncil council;
    TestCouncil.Officer officer;
    String pausing;
    String notPausing;

    @BeforeEach
    void publishTheProcesses() {
        clock.set(MONDAY);
        council = new TestCouncil(staff, apiKeys, port);
        officer = council.officer("ola", "officers");
        var admin = council.admin();
        var document = council.process("apply-with-evidence.json", "apply-with-evidence", "officers");
        pausing = council.publish(admin.api(), document, council.named("apply-with-evidence"));
        notPausing = council.publish(
                admin.api(),
                document.replace(", \"pauseWhileWaitingOnCitizen\": true", "")
                        .replace(council.named("apply-with-evidence"), council.named("apply-without-pausing")),
                council.named("apply-without-pausing"));
    }

    @Test
    void reachingTheStepSendsTheRequestWithAReplyByDateAndStopsTheSlaClock() {
        var asked = start(pausing);

        assertThat(asked.status()).isEqualTo(CaseStatus.WAITING);
        assertThat(asked.currentStep()).isEqualTo(STEP);
        assertThat(asked.slaPausedSince()).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(asked.data()).containsEntry("asked", true);
        var request = sent.to(asked.id());
        assertThat(request)
                .isEqualTo(new InformationRequestStepReached(
                        asked.id(),
                        asked.reference(),
                        STEP,
                        request.token(),
                        "Please send us your award letter.",
                        List.of("proof-of-eligibility"),
                        LocalDate.of(2026, 3, 9)));
        assertThat(types(asked.id())).containsSubsequence("case-started", "step-entered", "sla-paused");
        assertThat(entry(asked.id(), "sla-paused").detail())
                .containsEntry("reason", "Waiting for the citizen: Ask the applicant for their evidence");
        assertThat(work.tasksOf(asked.id())).isEmpty();
    }

    @Test
    void aReplyOnThursdayStartsTheClockAgainThreeWorkingDaysLaterAndMovesTheCaseOn() {
        var asked = start(pausing);
        assertThat(asked.dueOn()).isEqualTo(LocalDate.of(2026, 3, 30));
        assertThat(asked.currentStage().targetDate()).isEqualTo(LocalDate.of(2026, 3, 9));
        assertThat(asked.estimatedCompletion()).isEqualTo(LocalDate.of(2026, 3, 16));

        clock.moveTo(LocalDate.of(2026, 3, 5));
        var replied = cases.completeStep(
                asked.id(), STEP, sent.to(asked.id()).token(), Map.of("evidence-note", "Award letter"), "citizen");

        assertThat(replied.status()).isEqualTo(CaseStatus.OPEN);
        assertThat(replied.currentStep()).isEqualTo("check-evidence");
        assertThat(replied.data()).containsEntry("evidence-note", "Award letter");
        assertThat(replied.slaPausedSince()).isNull();
        assertThat(replied.dueOn()).isEqualTo(LocalDate.of(2026, 4, 2));
        assertThat(replied.currentStage().targetDate()).isEqualTo(LocalDate.of(2026, 3, 12));
        assertThat(replied.estimatedCompletion()).isEqualTo(LocalDate.of(2026, 3, 19));
        assertThat(work.tasksOf(asked.id()))
                .singleElement()
                .satisfies(task -> assertThat(task.dueOn()).isEqualTo(LocalDate.of(2026, 3, 12)));
        var resumed = entry(asked.id(), "sla-resumed");
        assertThat(resumed.detail())
                .containsEntry("pausedSince", "2026-03-02")
                .containsEntry("workingDaysAdded", 3)
                .containsEntry("dueOn", "2026-04-02");
        assertThat(types(asked.id()))
                .containsSubsequence("sla-paused", "sla-resumed", "step-completed", "step-entered", "task-created");
        assertThat(cases.steps(asked.id()).getFirst())
                .satisfies(visit -> assertThat(visit.kind()).isEqualTo("information-request"))
                .satisfies(visit -> assertThat(visit.completedBy()).isEqualTo("citizen"));
    }

    @Test
    void bankHolidaysWhileTheClockStandsStillAreNotAddedToTheDates() {
        // Asked on Wednesday 1 April 2026 and answered a week later: of the days between, Good Friday and Easter
        // Monday are bank holidays, so only Thursday 2, Tuesday 7 and Wednesday 8 April count.
        clock.moveTo(LocalDate.of(2026, 4, 1));
        var asked = start(pausing);
        assertThat(asked.dueOn()).isEqualTo(LocalDate.of(2026, 5, 1));

        clock.moveTo(LocalDate.of(2026, 4, 8));
        var replied = cases.completeStep(asked.id(), STEP, sent.to(asked.id()).token(), Map.of(), "citizen");

        assertThat(entry(asked.id(), "sla-resumed").detail()).containsEntry("workingDaysAdded", 3);
        // Three working days after Friday 1 May, skipping the early May bank holiday on Monday 4.
        assertThat(replied.dueOn()).isEqualTo(LocalDate.of(2026, 5, 7));
    }

    @Test
    void aReplyTheSameDayAddsNothing() {
        var asked = start(pausing);

        var replied = cases.completeStep(asked.id(), STEP, sent.to(asked.id()).token(), Map.of(), "citizen");

        assertThat(replied.dueOn()).isEqualTo(asked.dueOn());
        assertThat(entry(asked.id(), "sla-resumed").detail()).containsEntry("workingDaysAdded", 0);
    }

    @Test
    void noReplyByTheReplyByDateRunsTheOverdueActionsAndTakesTheOverdueRoute() {
        var asked = start(pausing);
        var token = sent.to(asked.id()).token();

        clock.moveTo(LocalDate.of(2026, 3, 10));
        var moved = cases.informationRequestOverdue(asked.id(), STEP, token);

        var chasing = cases.get(asked.id());
        assertThat(moved).isTrue();
        assertThat(chasing.status()).isEqualTo(CaseStatus.OPEN);
        assertThat(chasing.currentStep()).isEqualTo("chase-evidence");
        assertThat(chasing.data()).containsEntry("chased", true);
        assertThat(chasing.slaPausedSince()).isNull();
        // Six working days from Monday 2 to Tuesday 10 March, added to Monday 30 March across Easter.
        assertThat(chasing.dueOn()).isEqualTo(LocalDate.of(2026, 4, 9));
        assertThat(work.tasksOf(asked.id()))
                .singleElement()
                .satisfies(task -> assertThat(task.step()).isEqualTo("chase-evidence"));
        assertThat(types(asked.id()))
                .containsSubsequence(
                        "sla-paused",
                        "sla-resumed",
                        "information-request-overdue",
                        "step-completed",
                        "step-entered",
                        "task-created");
        assertThat(entry(asked.id(), "information-request-overdue").step()).isEqualTo(STEP);
    }

    @Test
    void anOverdueReportForARequestAlreadyAnsweredChangesNothing() {
        var asked = start(pausing);
        var token = sent.to(asked.id()).token();
        cases.completeStep(asked.id(), STEP, token, Map.of(), "citizen");
        var before = cases.get(asked.id());
        var timelineBefore = cases.timeline(asked.id());

        clock.moveTo(LocalDate.of(2026, 3, 10));
        var moved = cases.informationRequestOverdue(asked.id(), STEP, token);

        assertThat(moved).isFalse();
        assertThat(cases.get(asked.id())).isEqualTo(before);
        assertThat(cases.timeline(asked.id())).isEqualTo(timelineBefore);
    }

    @Test
    void anOverdueReportTwiceMovesTheCaseOnce() {
        var asked = start(pausing);
        var token = sent.to(asked.id()).token();
        cases.informationRequestOverdue(asked.id(), STEP, token);
        var timelineBefore = cases.timeline(asked.id());

        assertThat(cases.informationRequestOverdue(asked.id(), STEP, token)).isFalse();
        assertThat(cases.timeline(asked.id())).isEqualTo(timelineBefore);
    }

    @Test
    void aReplyToARequestAlreadyOverdueIsRefused() {
        var asked = start(pausing);
        var token = sent.to(asked.id()).token();
        cases.informationRequestOverdue(asked.id(), STEP, token);

        assertThatThrownBy(() -> cases.completeStep(asked.id(), STEP, token, Map.of(), "citizen"))
                .isInstanceOf(CaseConflict.class)
                .hasMessageContaining("it is now at step 'chase-evidence'");
    }

    @Test
    void aReplyMayOnlyCarryTheProcessesFields() {
        var asked = start(pausing);
        var token = sent.to(asked.id()).token();

        assertThatThrownBy(() -> cases.completeStep(asked.id(), STEP, token, Map.of("shoe-size", 9), "citizen"))
                .isInstanceOf(InvalidCaseData.class);
        assertThat(cases.get(asked.id()).currentStep()).isEqualTo(STEP);
    }

    @Test
    void theClockCanBeStoppedAndStartedOnRequestAndEachOnlyOnce() {
        var asked = start(pausing);
        var atCheck = cases.completeStep(asked.id(), STEP, sent.to(asked.id()).token(), Map.of(), "citizen");
        var entries = cases.timeline(asked.id()).size();

        var paused = cases.pauseSla(asked.id(), "Asked by phone for a clearer copy", officer.username());
        var pausedAgain = cases.pauseSla(asked.id(), "Asked again", officer.username());

        assertThat(paused).isTrue();
        assertThat(pausedAgain).isFalse();
        assertThat(cases.get(asked.id()).slaPausedSince()).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(cases.timeline(asked.id())).hasSize(entries + 1);
        assertThat(entry(asked.id(), "sla-paused").detail())
                .containsEntry("reason", "Waiting for the citizen: Ask the applicant for their evidence");
        assertThat(cases.timeline(asked.id()).getLast())
                .satisfies(e -> assertThat(e.detail()).containsEntry("reason", "Asked by phone for a clearer copy"))
                .satisfies(e -> assertThat(e.actor()).isEqualTo(officer.username()));

        clock.moveTo(LocalDate.of(2026, 3, 5));
        var resumed = cases.resumeSla(asked.id(), officer.username());
        var resumedAgain = cases.resumeSla(asked.id(), officer.username());

        assertThat(resumed).isTrue();
        assertThat(resumedAgain).isFalse();
        assertThat(cases.timeline(asked.id())).hasSize(entries + 2);
        var running = cases.get(asked.id());
        assertThat(running.slaPausedSince()).isNull();
        assertThat(running.dueOn()).isEqualTo(atCheck.dueOn().plusDays(3));
        assertThat(running.currentStage().targetDate())
                .isEqualTo(atCheck.currentStage().targetDate().plusDays(3));
        assertThat(running.estimatedCompletion())
                .isEqualTo(atCheck.estimatedCompletion().plusDays(3));
    }

    @Test
    void aProcessThatDoesNotSaySoNeverStopsTheClock() {
        var asked = start(notPausing);

        assertThat(asked.status()).isEqualTo(CaseStatus.WAITING);
        assertThat(asked.slaPausedSince()).isNull();
        assertThat(cases.pauseSla(asked.id(), "Asked by phone", officer.username()))
                .isFalse();
        clock.moveTo(LocalDate.of(2026, 3, 5));
        var replied = cases.completeStep(asked.id(), STEP, sent.to(asked.id()).token(), Map.of(), "citizen");

        assertThat(replied.dueOn()).isEqualTo(asked.dueOn());
        assertThat(types(asked.id())).doesNotContain("sla-paused", "sla-resumed");
        assertThat(cases.resumeSla(asked.id(), officer.username())).isFalse();
    }

    @Test
    void abandoningACaseWhileItsClockStandsStillStartsItAgain() {
        var asked = start(pausing);

        clock.moveTo(LocalDate.of(2026, 3, 4));
        var abandoned = cases.abandon(asked.id(), "withdrawn", "By phone", officer.username());

        assertThat(abandoned.slaPausedSince()).isNull();
        assertThat(abandoned.dueOn()).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(types(asked.id())).containsSubsequence("sla-paused", "sla-resumed", "case-abandoned");
    }

    private CaseView start(String process) {
        return cases.start(new StartCase(process, Map.of("summary", "A Blue Badge"), officer.username(), null));
    }

    private List<String> types(CaseId id) {
        return cases.timeline(id).stream().map(TimelineEntry::type).toList();
    }

    private TimelineEntry entry(CaseId id, String type) {
        return cases.timeline(id).stream()
                .filter(e -> e.type().equals(type))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No " + type + " on the timeline"));
    }
}
