package org.casework.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.casework.definition.Action;
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

/** A case's actions on its own ending and on starting another process. */
@IntegrationTest
@Import(DaysPass.class)
@TestPropertySource(properties = DaysPass.NO_JOBS)
class CaseEventActionsTests {

    @Autowired
    MovableClock clock;

    @Autowired
    HeardActions heard;

    @Autowired
    Cases cases;

    @Autowired
    Staff staff;

    @Autowired
    ApiKeys apiKeys;

    @LocalServerPort
    int port;

    TestCouncil council;
    TestCouncil.Officer officer;
    TestCouncil.Officer admin;

    @BeforeEach
    void aCouncil() {
        clock.set(DaysPass.THURSDAY_1_MAY_2025);
        council = new TestCouncil(staff, apiKeys, port);
        officer = council.officer("hal", "highways", "environment", "supervisors");
        admin = council.admin();
    }

    @Test
    void abandoningACaseRunsItsCaseAbandonedActions() {
        var process = reportAProblem("report-a-problem", """
                [
                  {"on": "case-abandoned", "kind": "set-fields", "set": {"route": "abandoned"}},
                  {"on": "case-abandoned", "kind": "notify", "template": "sorry", "to": "citizen"},
                  {"on": "case-closed", "kind": "notify", "template": "done", "to": "citizen"}
                ]
                """);
        var report = report(process);

        cases.abandon(report, "duplicate", "Reported twice", officer.username());

        var abandoned = cases.get(report);
        assertThat(abandoned.status()).isEqualTo(CaseStatus.ABANDONED);
        assertThat(abandoned.data()).containsEntry("route", "abandoned");
        assertThat(heard.of(report)).singleElement().satisfies(due -> {
            assertThat(due.event()).isEqualTo(Action.Event.CASE_ABANDONED);
            assertThat(due.occurrence()).isEqualTo("case-abandoned");
            assertThat(due.actor()).isEqualTo(officer.username());
        });
    }

    @Test
    void aStartProcessActionStartsTheOtherCaseOnceForTheCitizenWithTheFieldsItCopies() {
        var followUp = reportAProblem("follow-up", "[]");
        var process = reportAProblem("report-a-problem", """
                [{"on": "sla-breach", "kind": "start-process", "process": "%s",
                  "fields": {"category": "category", "description": "route"}}]
                """.formatted(followUp));
        var report = report(process);

        // The SLA check announcing the same breach twice (two nodes, or a run repeated after a crash).
        cases.react(report, Action.Event.SLA_BREACH, null, "sla-breach:2025-05-19", "system");
        cases.react(report, Action.Event.SLA_BREACH, null, "sla-breach:2025-05-19", "system");

        var started = cases.timeline(report).stream()
                .filter(e -> e.type().equals("process-started"))
                .toList();
        assertThat(started).hasSize(1);
        var child = cases.byReference((String) started.getFirst().detail().get("reference"));
        assertThat(child.process()).isEqualTo(followUp);
        assertThat(child.data()).containsEntry("category", "pothole").containsEntry("description", "highways");
        assertThat(child.citizen().name()).isEqualTo("Jo Bloggs");
        assertThat(followUps(followUp)).hasSize(1);
        // The child knows its parent, and the parent its child.
        assertThat(cases.parentOf(child.id()))
                .hasValueSatisfying(link -> assertThat(link.parent()).isEqualTo(report));
        assertThat(cases.children(report)).extracting(ChildCase::child).containsExactly(child.id());

        // A later breach is another occurrence, and starts another.
        cases.react(report, Action.Event.SLA_BREACH, null, "sla-breach:2025-05-26", "system");
        assertThat(followUps(followUp)).hasSize(2);
    }

    private List<CaseView> followUps(String process) {
        return cases.list(new CaseQuery(null, process, null, null, null, null, null, null, null, null, 10));
    }

    /** Report a problem under the key {@code name} (this council's), with these actions. */
    private String reportAProblem(String name, String actions) {
        var document =
                council.process("report-a-problem.json", "report-a-problem", "highways", "environment", "supervisors");
        document = ProcessDocument.with(document, "key", "\"" + council.named(name) + "\"");
        document = ProcessDocument.with(document, "actions", actions);
        return council.publishMakingTemplates(admin.api(), document, council.named(name));
    }

    private CaseId report(String process) {
        var started = officer.api()
                .post(
                        "/api/v1/cases",
                        Map.of(
                                "process",
                                process,
                                "data",
                                Map.of("category", "pothole"),
                                "citizen",
                                Map.of("name", "Jo Bloggs")));
        assertThat(started.status()).isEqualTo(201);
        return CaseId.parse(started.text("/id"));
    }
}
