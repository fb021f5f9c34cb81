package org.casework.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.TaskInstanceId;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.casework.engine.CaseId;
import org.casework.engine.Cases;
import org.casework.engine.IncidentView;
import org.casework.engine.Incidents;
import org.casework.engine.TimelineEntry;
import org.casework.identity.ApiKeys;
import org.casework.identity.Staff;
import org.casework.support.IntegrationTest;
import org.casework.support.ProcessDocument;
import org.casework.support.TestCouncil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A reminder that cannot be sent, however often it is tried, does not vanish: after the last attempt it becomes an
 * incident on its case, as a failed timer does, for an administrator to see and retry. Here the process's reminder
 * action compares a text field with a number, an authoring mistake that only shows when the reminder runs.
 */
@IntegrationTest
class InformationRequestIncidentsTests {

    private static final Duration PATIENCE = Duration.ofSeconds(15);

    @Autowired
    InformationRequests requests;

    @Autowired
    Incidents incidents;

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

    TestCouncil.Officer officer;
    String process;

    @BeforeEach
    void aProcessWhoseReminderActionCannotRun() {
        var council = new TestCouncil(staff, apiKeys, port);
        var document =
                council.process("report-a-problem.json", "report-a-problem", "highways", "environment", "supervisors");
        document = ProcessDocument.with(document, "actions", """
                [
                  {"on": "information-request-reminder", "kind": "set-fields",
                   "when": {"field": "description", "op": "greater-than", "value": 3},
                   "set": {"route": "chased"}}
                ]
                """);
        process = council.publish(council.admin().api(), document, council.named("report-a-problem"));
        officer = council.officer("olive", "highways", "environment", "supervisors");
    }

    @Test
    void aReminderThatFailsEveryAttemptBecomesAnIncidentOnItsCase() {
        var report = report("A hole by the school gate");
        var asked = requests.request(
                report,
                "Please send a photo.",
                List.of("photo"),
                LocalDate.now().plusDays(14),
                "olive");

        remindNow(report, asked);

        var incident = await().atMost(PATIENCE)
                .until(() -> openIncidentsOn(report), found -> !found.isEmpty())
                .getFirst();
        assertThat(incident.job()).isEqualTo("information-request-reminder");
        assertThat(incident.jobInstance()).isEqualTo(report + "@" + asked.id());
        assertThat(incident.attempts()).isEqualTo(2);
        assertThat(incident.message()).contains("description");
        assertThat(cases.timeline(report).stream().map(TimelineEntry::type))
                .doesNotContain("information-request-reminder-sent");
        assertThat(requests.find(asked.id()).orElseThrow().status()).isEqualTo(InformationRequest.OUTSTANDING);
    }

    private CaseId report(String description) {
        var started = officer.api()
                .post(
                        "/api/v1/cases",
                        Map.of(
                                "process",
                                process,
                                "data",
                                Map.of("category", "pothole", "description", description),
                                "citizen",
                                Map.of("name", "Jo Bloggs", "email", "jo-" + UUID.randomUUID() + "@example.org")));
        assertThat(started.status()).as(started.toString()).isEqualTo(201);
        return new CaseId(UUID.fromString(started.text("/id")));
    }

    /**
     * The reply-by day is put years back, so the reminder is long due by every test context's clock (any of them may
     * take the job from the shared job table, some with clocks standing in other years), and its job is brought
     * forward to now.
     */
    private void remindNow(CaseId report, InformationRequest asked) {
        jdbc.sql("update information_requests set reply_by = :day where id = :id")
                .param("day", LocalDate.of(2000, 1, 4))
                .param("id", asked.id().value())
                .update();
        scheduler.reschedule(
                TaskInstanceId.of("information-request-reminder", report + "@" + asked.id()), Instant.now());
    }

    private List<IncidentView> openIncidentsOn(CaseId report) {
        return incidents.list("open").stream()
                .filter(incident -> report.equals(incident.caseId()))
                .toList();
    }
}
