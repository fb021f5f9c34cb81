package org.casework.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.kagkarlsson.scheduler.task.CompletionHandler;
import com.github.kagkarlsson.scheduler.task.Task;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.casework.engine.CaseId;
import org.casework.engine.Cases;
import org.casework.engine.TimelineEntry;
import org.casework.identity.ApiKeys;
import org.casework.identity.Staff;
import org.casework.support.IntegrationTest;
import org.casework.support.MailServer;
import org.casework.support.MovableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A request's reminder goes out two working days before its reply-by day, and after that day it is overdue unless
 * answered. The service's clock stands in April 2030, so the jobs are scheduled years ahead of the job runner's own
 * clock; a test moves the service's clock to the job's time and runs the job, as the job runner would when that time
 * came. (It runs the job itself, in the test, because every test context shares one database and so one job table:
 * another context, its clock in another year, could otherwise take the job and find it early.)
 */
@IntegrationTest
@Import(InformationRequestDeadlinesTests.BeforeEaster2030.class)
class InformationRequestDeadlinesTests {

    /** 10:00 on Tuesday 2 April 2030, British Summer Time. Good Friday is 19 April, Easter Monday 22 April. */
    static final Instant START = Instant.parse("2030-04-02T09:00:00Z");

    @TestConfiguration
    static class BeforeEaster2030 {
        @Bean
        @Primary
        MovableClock movableClock() {
            return new MovableClock(START);
        }
    }

    private static final LocalDate TUESDAY_AFTER_EASTER = LocalDate.of(2030, 4, 23);

    @Autowired
    MovableClock clock;

    @Autowired
    InformationRequests requests;

    @Autowired
    Cases cases;

    @Autowired
    List<Task<?>> tasks;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Staff staff;

    @Autowired
    ApiKeys apiKeys;

    @LocalServerPort
    int port;

    CaseFixture fixture;
    String email;
    Uploader citizen;

    @BeforeEach
    void aReportFromSomeoneWithAnEmailAddress() {
        clock.set(START);
        fixture = new CaseFixture(staff, apiKeys, port);
        email = "jo-" + UUID.randomUUID() + "@example.org";
        citizen = Uploader.citizen("citizen-" + UUID.randomUUID(), "Jo Bloggs");
    }

    @Test
    void theReminderIsDueTwoWorkingDaysBeforeTheReplyByDayNotCountingEasterAndOverdueWhenTheDayHasEnded() {
        var report = fixture.report(email);

        var asked = requests.request(report, "Send a photo", List.of("photo"), TUESDAY_AFTER_EASTER, "olive");

        // Easter Monday and Good Friday are not working days: two working days before Tuesday 23 April is Wednesday
        // 17 April, at 09:00 BST.
        assertThat(dueAt("information-request-reminder", report, asked)).isEqualTo("2030-04-17T08:00:00Z");
        // The whole of the reply-by day counts: overdue from midnight BST at its end.
        assertThat(dueAt("information-request-overdue", report, asked)).isEqualTo("2030-04-23T23:00:00Z");
    }

    @Test
    void theReminderEmailsTheCitizenOnceAndTheTimelineSaysSo() {
        var report = fixture.report(email);
        var asked = requests.request(
                report, "Please send a photo of the pothole.", List.of("photo"), TUESDAY_AFTER_EASTER, "olive");

        runAtItsTime("information-request-reminder", report, asked);

        // The case's confirmation goes to the same address; the reminder is the one that quotes the request.
        var sent = MailServer.awaitEmailContaining(email, "Please send a photo of the pothole.");
        var reference = cases.get(report).reference();
        assertThat(sent).contains("Dear Jo Bloggs", reference, "Please send a photo of the pothole.", "23 April 2030");
        var reminded = entry(report, "information-request-reminder-sent");
        assertThat(reminded.actor()).isEqualTo("system");

        runAtItsTime("information-request-reminder", report, asked);
        assertThat(MailServer.textsTo(email, "Please send a photo of the pothole."))
                .hasSize(1);
        assertThat(types(report)).containsOnlyOnce("information-request-reminder-sent");
    }

    @Test
    void aRequestStillUnansweredWhenTheDayHasEndedIsOverdueAndCanNoLongerBeAnswered() {
        var report = fixture.report(email);
        var asked = requests.request(report, "Send a photo", List.of("photo"), TUESDAY_AFTER_EASTER, "olive");

        runAtItsTime("information-request-overdue", report, asked);

        assertThat(requests.find(asked.id()).orElseThrow().status()).isEqualTo("overdue");
        var overdue = entry(report, "information-request-overdue");
        assertThat(overdue.actor()).isEqualTo("system");
        assertThat(requests.outstanding(report)).isEmpty();
        assertThatThrownBy(() -> requests.reply(asked.id(), "Sorry, here it is", List.of(), citizen))
                .isInstanceOf(InformationRequestRefused.class)
                .hasMessage("The date to reply to this request has passed");
    }

    @Test
    void anAnsweredRequestIsNeitherRemindedNorOverdue() {
        var report = fixture.report(email);
        var asked = requests.request(report, "Send a photo", List.of("photo"), TUESDAY_AFTER_EASTER, "olive");
        requests.reply(asked.id(), "It has been filled in already", List.of(), citizen);
        var timeline = cases.timeline(report);

        runAtItsTime("information-request-reminder", report, asked);
        runAtItsTime("information-request-overdue", report, asked);

        assertThat(requests.find(asked.id()).orElseThrow().status()).isEqualTo("answered");
        assertThat(cases.timeline(report)).isEqualTo(timeline);
        assertThat(MailServer.textsTo(email, "Send a photo")).isEmpty();
    }

    @Test
    void aJobThatComesEarlyByTheServicesClockChangesNothingAndWaitsItsTime() {
        var report = fixture.report(email);
        var asked = requests.request(report, "Send a photo", List.of("photo"), TUESDAY_AFTER_EASTER, "olive");
        var timeline = cases.timeline(report);

        // Run three weeks early by the service's clock, it asks to run again rather than to be removed.
        var completion = run("information-request-overdue", report, asked);

        assertThat(completion).isNotInstanceOf(CompletionHandler.OnCompleteRemove.class);
        assertThat(requests.find(asked.id()).orElseThrow().status()).isEqualTo("outstanding");
        assertThat(cases.timeline(report)).isEqualTo(timeline);
    }

    /** The days pass: the service's clock reaches the job's time, and the job runs. */
    private void runAtItsTime(String job, CaseId caseId, InformationRequest request) {
        clock.set(Instant.parse(job.endsWith("reminder") ? "2030-04-17T08:00:00Z" : "2030-04-23T23:00:00Z"));
        assertThat(run(job, caseId, request)).isInstanceOf(CompletionHandler.OnCompleteRemove.class);
    }

    /** Runs the job as the job runner does, with this context's beans and clock. */
    private CompletionHandler<?> run(String job, CaseId caseId, InformationRequest request) {
        var task =
                tasks.stream().filter(t -> t.getName().equals(job)).findFirst().orElseThrow();
        return execute(task, caseId + "@" + request.id());
    }

    private static <T> CompletionHandler<T> execute(Task<T> task, String instanceId) {
        return task.execute(task.instance(instanceId), null);
    }

    private String dueAt(String job, CaseId caseId, InformationRequest request) {
        return jdbc.sql(
                        "select execution_time from scheduled_tasks where task_name = :job and task_instance = :instance")
                .param("job", job)
                .param("instance", caseId + "@" + request.id())
                .query((row, n) -> row.getTimestamp("execution_time").toInstant())
                .single()
                .toString();
    }

    private List<String> types(CaseId caseId) {
        return cases.timeline(caseId).stream().map(TimelineEntry::type).toList();
    }

    private TimelineEntry entry(CaseId caseId, String type) {
        return cases.timeline(caseId).stream()
                .filter(e -> e.type().equals(type))
                .findFirst()
                .orElseThrow();
    }
}
