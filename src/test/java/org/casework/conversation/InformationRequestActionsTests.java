package org.casework.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.kagkarlsson.scheduler.task.Task;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.casework.definition.Action;
import org.casework.engine.CaseActionDue;
import org.casework.engine.CaseId;
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
 * A process's actions hear what happens to information requests: one sent by hand, the reminder, a missed reply-by
 * day, and the citizen's reply, each named by the request. Reports arrive on Thursday 1 May 2025 and the officer
 * asks for a reply by Tuesday 13 May.
 */
@IntegrationTest
@Import(DaysPass.class)
@TestPropertySource(properties = DaysPass.NO_JOBS)
class InformationRequestActionsTests {

    private static final LocalDate TUESDAY_13_MAY = LocalDate.of(2025, 5, 13);

    private static final String EVERY_EVENT = """
            [
              {"on": "information-request-sent", "kind": "notify", "template": "asked", "to": "citizen"},
              {"on": "information-request-reminder", "kind": "notify", "template": "reminder", "to": "citizen"},
              {"on": "information-request-answered", "kind": "notify", "template": "thanks", "to": "assignee"},
              {"on": "information-request-overdue", "kind": "notify", "template": "missed", "to": "citizen"}
            ]
            """;

    @Autowired
    MovableClock clock;

    @Autowired
    HeardActions heard;

    @Autowired
    InformationRequests requests;

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
    Uploader citizen;

    @BeforeEach
    void aCouncil() {
        clock.set(DaysPass.THURSDAY_1_MAY_2025);
        council = new TestCouncil(staff, apiKeys, port);
        officer = council.officer("olive", "highways", "environment", "supervisors", "officers");
        citizen = Uploader.citizen("citizen-" + UUID.randomUUID(), "Jo Bloggs");
    }

    @Test
    void aRequestByHandRunsItsSentReminderAndOverdueActionsOnceEachNamedByTheRequest() {
        var report = report(reportAProblem(EVERY_EVENT));

        var asked = requests.request(report, "Send a photo", List.of("photo"), TUESDAY_13_MAY, officer.username());
        // Two working days before Tuesday 13 May, at 09:00 BST; overdue from midnight at its end.
        runAt("information-request-reminder", "2025-05-09T08:00:00Z", report, asked);
        runAt("information-request-reminder", "2025-05-09T08:00:00Z", report, asked);
        runAt("information-request-overdue", "2025-05-13T23:00:00Z", report, asked);
        runAt("information-request-overdue", "2025-05-13T23:00:00Z", report, asked);

        assertThat(heard.occurrencesOf(report))
                .containsExactly(
                        "information-request-sent:" + asked.id(),
                        "information-request-reminder:" + asked.id(),
                        "information-request-overdue:" + asked.id());
        assertThat(heard.of(report)).extracting(CaseActionDue::target).containsOnlyNulls();
        assertThat(heard.of(report))
                .extracting(CaseActionDue::actor)
                .containsExactly(officer.username(), "system", "system");
    }

    @Test
    void theCitizensReplyToARequestByHandRunsTheAnsweredActions() {
        var report = report(reportAProblem(EVERY_EVENT));
        var asked = requests.request(report, "Send a photo", List.of("photo"), TUESDAY_13_MAY, officer.username());

        requests.reply(asked.id(), "It has been filled in", List.of(), citizen);

        var answered = heard.of(report).getLast();
        assertThat(answered.event()).isEqualTo(Action.Event.INFORMATION_REQUEST_ANSWERED);
        assertThat(answered.occurrence()).isEqualTo("information-request-answered:" + asked.id());
        assertThat(answered.target()).isNull();
        assertThat(answered.actor()).isEqualTo(citizen.actor());
    }

    @Test
    void theReplyToAStepsRequestRunsTheAnsweredActionsOfThatStepBeforeTheCaseMovesOn() {
        var document = council.process("apply-with-evidence.json", "apply-with-evidence", "officers");
        document = ProcessDocument.with(document, "actions", """
                [
                  {"on": "information-request-answered", "target": "ask-for-evidence", "kind": "set-fields",
                   "set": {"summary": "Evidence received"}},
                  {"on": "information-request-answered", "target": "ask-for-evidence", "kind": "notify",
                   "template": "thanks", "to": "citizen"}
                ]
                """);
        var process =
                council.publishMakingTemplates(council.admin().api(), document, council.named("apply-with-evidence"));
        var started =
                officer.api().post("/api/v1/cases", Map.of("process", process, "data", Map.of("summary", "Badge")));
        var application = CaseId.parse(started.text("/id"));
        var asked = requests.outstanding(application).getFirst();

        requests.reply(asked.id(), "My award letter", List.of(), citizen);

        var answered = heard.of(application).getLast();
        assertThat(answered.target()).isEqualTo("ask-for-evidence");
        assertThat(answered.occurrence()).isEqualTo("information-request-answered:" + asked.id());
        var kase = officer.api().get("/api/v1/cases/" + application).json();
        assertThat(kase.path("data").path("summary").asString()).isEqualTo("Evidence received");
        assertThat(kase.path("currentStep").asString()).isEqualTo("check-evidence");
    }

    private String reportAProblem(String actions) {
        var document =
                council.process("report-a-problem.json", "report-a-problem", "highways", "environment", "supervisors");
        document = ProcessDocument.with(document, "actions", actions);
        return council.publishMakingTemplates(council.admin().api(), document, council.named("report-a-problem"));
    }

    private CaseId report(String process) {
        var who = new HashMap<String, Object>();
        who.put("name", "Jo Bloggs");
        who.put("email", "jo-" + UUID.randomUUID() + "@example.org");
        var started = officer.api()
                .post(
                        "/api/v1/cases",
                        Map.of("process", process, "data", Map.of("category", "pothole"), "citizen", who));
        assertThat(started.status()).isEqualTo(201);
        return CaseId.parse(started.text("/id"));
    }

    /** The service's clock reaches the job's time, and the job runner runs it. */
    private void runAt(String job, String at, CaseId caseId, InformationRequest request) {
        clock.set(Instant.parse(at));
        var task =
                tasks.stream().filter(t -> t.getName().equals(job)).findFirst().orElseThrow();
        execute(task, caseId + "@" + request.id());
    }

    private static <T> void execute(Task<T> task, String instanceId) {
        task.execute(task.instance(instanceId), null);
    }
}
