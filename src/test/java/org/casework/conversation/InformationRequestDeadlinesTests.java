package org.casework.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.TaskInstanceId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.casework.engine.CaseId;
import org.casework.engine.Cases;
import org.casework.engine.TimelineEntry;
import org.casework.identity.ApiKeys;
import org.casework.identity.Staff;
import org.casework.support.IntegrationTest;
import org.casework.support.MailServer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A request's reminder goes out two working days before its reply-by day, and after that day it is overdue unless
 * answered. The service's clock stands in April 2030, so the jobs are scheduled years ahead of the job runner's own
 * clock; a test brings a job's time forward to now, as the days passing would.
 */
@IntegrationTest
@Import(InformationRequestDeadlinesTests.BeforeEaster2030.class)
class InformationRequestDeadlinesTests {

    /** 10:00 on Tuesday 2 April 2030, British Summer Time. Good Friday is 19 April, Easter Monday 22 April. */
    @TestConfiguration
    static class BeforeEaster2030 {
        @Bean
        @Primary
        Clock fixedClock() {
            return Clock.fixed(Instant.parse("2030-04-02T09:00:00Z"), ZoneOffset.UTC);
        }
    }

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry properties) {
        MailServer.use(properties);
    }

    private static final LocalDate TUESDAY_AFTER_EASTER = LocalDate.of(2030, 4, 23);

    @Autowired
    InformationRequests requests;

    @Autowired
    Cases cases;

    @Autowired
    SchedulerClient scheduler;

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

        runNow("information-request-reminder", report, asked);

        var sent = MailServer.awaitEmail(email, 1);
        var reference = cases.get(report).reference();
        assertThat(sent).contains("Dear Jo Bloggs", reference, "Please send a photo of the pothole.", "23 April 2030");
        await().atMost(Duration.ofSeconds(10)).until(() -> types(report).contains("information-request-reminder-sent"));
        var reminded = entry(report, "information-request-reminder-sent");
        assertThat(reminded.actor()).isEqualTo("system");

        runNow("information-request-reminder", report, asked);
        await().atMost(Duration.ofSeconds(10)).until(() -> !isScheduled("information-request-reminder", report, asked));
        assertThat(MailServer.textsTo(email)).hasSize(1);
        assertThat(types(report)).containsOnlyOnce("information-request-reminder-sent");
    }

    @Test
    void aRequestStillUnansweredWhenTheDayHasEndedIsOverdueAndCanNoLongerBeAnswered() {
        var report = fixture.report(email);
        var asked = requests.request(report, "Send a photo", List.of("photo"), TUESDAY_AFTER_EASTER, "olive");

        runNow("information-request-overdue", report, asked);

        await().atMost(Duration.ofSeconds(10))
                .until(() -> requests.find(asked.id()).orElseThrow().status().equals("overdue"));
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

        runNow("information-request-reminder", report, asked);
        runNow("information-request-overdue", report, asked);

        await().atMost(Duration.ofSeconds(10))
                .until(() -> !isScheduled("information-request-reminder", report, asked)
                        && !isScheduled("information-request-overdue", report, asked));
        assertThat(requests.find(asked.id()).orElseThrow().status()).isEqualTo("answered");
        assertThat(cases.timeline(report)).isEqualTo(timeline);
        assertThat(MailServer.textsTo(email)).isEmpty();
    }

    /** The days pass: the job's time comes now. */
    private void runNow(String job, CaseId caseId, InformationRequest request) {
        var instance = TaskInstanceId.of(job, caseId + "@" + request.id());
        if (isScheduled(job, caseId, request)) {
            scheduler.reschedule(instance, Instant.now());
        } else {
            scheduler.scheduleIfNotExists(
                    new com.github.kagkarlsson.scheduler.task.TaskInstance<>(job, instance.getId()), Instant.now());
        }
    }

    private boolean isScheduled(String job, CaseId caseId, InformationRequest request) {
        return jdbc.sql("select count(*) from scheduled_tasks where task_name = :job and task_instance = :instance")
                        .param("job", job)
                        .param("instance", caseId + "@" + request.id())
                        .query(Long.class)
                        .single()
                > 0;
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
