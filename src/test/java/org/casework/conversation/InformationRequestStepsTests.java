package org.casework.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.casework.conversation.TestFiles.stream;

import com.github.kagkarlsson.scheduler.task.Task;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.casework.engine.CaseId;
import org.casework.engine.CaseStatus;
import org.casework.engine.Cases;
import org.casework.engine.TimelineEntry;
import org.casework.identity.ApiKeys;
import org.casework.identity.Staff;
import org.casework.support.IntegrationTest;
import org.casework.support.MovableClock;
import org.casework.support.TestCouncil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * A process's information-request step asks through this module: the request is recorded with the step, the
 * citizen's reply moves the case on, and a missed reply-by date takes the step's overdue route. A request an officer
 * makes by hand stops the SLA clock of a process that pauses, until nothing more is awaited from the citizen.
 */
@IntegrationTest
@Import(InformationRequestDeadlinesTests.BeforeEaster2030.class)
class InformationRequestStepsTests {

    static final String STEP = "ask-for-evidence";

    @Autowired
    MovableClock clock;

    @Autowired
    InformationRequests requests;

    @Autowired
    Documents documents;

    @Autowired
    Cases cases;

    /** The jobs, run here as the job runner would (see {@link InformationRequestDeadlinesTests} for why). */
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
    String process;
    Uploader citizen;

    @BeforeEach
    void aProcessThatAsksForEvidence() {
        clock.set(InformationRequestDeadlinesTests.START);
        council = new TestCouncil(staff, apiKeys, port);
        officer = council.officer("ola", "officers");
        process = council.publish(
                council.admin().api(),
                council.process("apply-with-evidence.json", "apply-with-evidence", "officers"),
                council.named("apply-with-evidence"));
        citizen = Uploader.citizen("citizen-" + UUID.randomUUID(), "Jo Bloggs");
    }

    @Test
    void theStepsRequestIsRecordedWithItsStepAndTheReplyMovesTheCaseOn() {
        var caseId = start();

        var asked = requests.outstanding(caseId).getFirst();
        assertThat(asked.step()).isEqualTo(STEP);
        assertThat(asked.token()).isNotNull();
        assertThat(asked.message()).isEqualTo("Please send us your award letter.");
        assertThat(asked.documentTypes()).containsExactly("proof-of-eligibility");
        assertThat(asked.replyBy()).isEqualTo(LocalDate.of(2030, 4, 9));
        assertThat(asked.requestedBy()).isEqualTo("system");
        assertThat(cases.get(caseId).slaPausedSince()).isNotNull();

        var letter = documents.upload("proof-of-eligibility", "award.pdf", stream(TestFiles.pdf()), citizen);
        var answered = requests.reply(asked.id(), "My award letter", List.of(letter.id()), citizen);

        assertThat(answered.status()).isEqualTo("answered");
        var moved = cases.get(caseId);
        assertThat(moved.currentStep()).isEqualTo("check-evidence");
        assertThat(moved.status()).isEqualTo(CaseStatus.OPEN);
        assertThat(moved.slaPausedSince()).isNull();
        assertThat(documents.of(caseId)).extracting(Document::filename).containsExactly("award.pdf");
        assertThat(types(caseId))
                .containsSubsequence("document-added", "information-request-answered", "sla-resumed", "step-completed");
        var completed = cases.timeline(caseId).stream()
                .filter(e -> e.type().equals("step-completed") && STEP.equals(e.step()))
                .findFirst()
                .orElseThrow();
        assertThat(completed.actor()).isEqualTo("citizen");
    }

    @Test
    void aMissedReplyByDateTakesTheStepsOverdueRouteAndALateReplyIsRefused() {
        var caseId = start();
        var asked = requests.outstanding(caseId).getFirst();

        clock.set(Instant.parse("2030-04-09T23:00:00Z"));
        var overdue = tasks.stream()
                .filter(t -> t.getName().equals("information-request-overdue"))
                .findFirst()
                .orElseThrow();
        execute(overdue, caseId + "@" + asked.id());

        assertThat(cases.get(caseId).currentStep()).isEqualTo("chase-evidence");
        assertThat(requests.find(asked.id()).orElseThrow().status()).isEqualTo("overdue");
        assertThat(types(caseId)).containsOnlyOnce("information-request-overdue");
        assertThat(cases.get(caseId).data()).containsEntry("chased", true);
        var timeline = cases.timeline(caseId);

        assertThatThrownBy(() -> requests.reply(asked.id(), "Sorry I am late", List.of(), citizen))
                .isInstanceOf(InformationRequestRefused.class)
                .hasMessage("The date to reply to this request has passed");
        assertThat(cases.timeline(caseId)).isEqualTo(timeline);
        assertThat(requests.find(asked.id()).orElseThrow().status()).isEqualTo("overdue");
    }

    @Test
    void aRequestMadeByHandStopsTheSlaClockUntilTheReply() {
        var caseId = start();
        requests.reply(requests.outstanding(caseId).getFirst().id(), "Sent", List.of(), citizen);
        assertThat(cases.get(caseId).slaPausedSince()).isNull();

        clock.set(Instant.parse("2030-04-03T09:00:00Z"));
        var asked = requests.request(
                caseId, "The letter is cut off: please send page 2", List.of(), LocalDate.of(2030, 4, 12), "ola");

        assertThat(cases.get(caseId).slaPausedSince()).isEqualTo(LocalDate.of(2030, 4, 3));
        assertThat(entry(caseId, "sla-paused").detail()).containsEntry("reason", "information requested");

        clock.set(Instant.parse("2030-04-08T09:00:00Z"));
        requests.reply(asked.id(), "Here is page 2", List.of(), citizen);

        var resumed = cases.get(caseId);
        assertThat(resumed.slaPausedSince()).isNull();
        assertThat(resumed.currentStep()).as("a request by hand moves no step").isEqualTo("check-evidence");
        assertThat(types(caseId)).containsSubsequence("information-requested", "sla-paused", "sla-resumed");
    }

    @Test
    void withdrawingARequestMadeByHandRestartsTheClockButTheStepsOwnRequestCannotBeWithdrawn() {
        var caseId = start();
        var stepsRequest = requests.outstanding(caseId).getFirst();
        assertThatThrownBy(() -> requests.withdraw(stepsRequest.id(), null, "ola"))
                .isInstanceOfSatisfying(
                        InformationRequestRefused.class,
                        refused -> assertThat(refused.getMessage()).contains("the case waits for the reply"));
        requests.reply(stepsRequest.id(), "Sent", List.of(), citizen);

        clock.set(Instant.parse("2030-04-03T09:00:00Z"));
        var asked = requests.request(caseId, "Please send page 2", List.of(), LocalDate.of(2030, 4, 12), "ola");
        assertThat(cases.get(caseId).slaPausedSince()).isNotNull();

        clock.set(Instant.parse("2030-04-04T09:00:00Z"));
        var withdrawn = requests.withdraw(asked.id(), "Found page 2 in the post room", "ola");

        assertThat(withdrawn.status()).isEqualTo("withdrawn");
        assertThat(cases.get(caseId).slaPausedSince()).isNull();
        assertThat(entry(caseId, "information-request-withdrawn").actor()).isEqualTo("ola");
        assertThat(entry(caseId, "information-request-withdrawn").detail())
                .containsEntry("reason", "Found page 2 in the post room");
        assertThat(types(caseId)).containsSubsequence("information-requested", "sla-paused", "sla-resumed");
        assertThatThrownBy(() -> requests.reply(asked.id(), "Here it is", List.of(), citizen))
                .isInstanceOf(InformationRequestRefused.class)
                .hasMessage("This request has been withdrawn");
        assertThatThrownBy(() -> requests.withdraw(asked.id(), null, "ola"))
                .isInstanceOf(InformationRequestRefused.class)
                .hasMessage("This request has been withdrawn");
    }

    private static <T> void execute(Task<T> task, String instanceId) {
        task.execute(task.instance(instanceId), null);
    }

    private CaseId start() {
        var started =
                officer.api().post("/api/v1/cases", Map.of("process", process, "data", Map.of("summary", "Badge")));
        assertThat(started.status()).as(started.toString()).isEqualTo(201);
        return CaseId.parse(started.text("/id"));
    }

    private List<String> types(CaseId caseId) {
        return cases.timeline(caseId).stream().map(TimelineEntry::type).toList();
    }

    private TimelineEntry entry(CaseId caseId, String type) {
        return cases.timeline(caseId).stream()
                .filter(e -> e.type().equals(type))
                .reduce((first, second) -> second)
                .orElseThrow();
    }
}
