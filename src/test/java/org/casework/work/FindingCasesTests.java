package org.casework.work;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.casework.engine.CaseStatus;
import org.casework.engine.CaseView;
import org.casework.engine.Cases;
import org.casework.identity.ApiKeys;
import org.casework.identity.Staff;
import org.casework.identity.StaffPrincipal;
import org.casework.platform.CouncilTime;
import org.casework.support.IntegrationTest;
import org.casework.support.TestCouncil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The staff search: each filter on its own, paging, and the rule that an officer finds only the cases they may see.
 * Three reports: two potholes (highways) and a fly-tipping (environment), started by a clerk in no team.
 */
@IntegrationTest
class FindingCasesTests {

    @Autowired
    Staff staff;

    @Autowired
    ApiKeys apiKeys;

    @Autowired
    CaseSearch search;

    @Autowired
    WorkQueues work;

    @Autowired
    Cases cases;

    @LocalServerPort
    int port;

    TestCouncil council;
    String process;
    TestCouncil.Officer clerk;
    TestCouncil.Officer administrator;
    StaffPrincipal admin;
    StaffPrincipal hal;
    StaffPrincipal eve;
    CaseView ann;
    CaseView bob;
    CaseView cat;

    @BeforeEach
    void threeReports() {
        council = new TestCouncil(staff, apiKeys, port);
        administrator = council.admin();
        process = council.publishReportAProblem(
                administrator.api(), "category", "priority", "postcode", "route", "decision");
        clerk = council.officer("clerk");
        admin = principal(administrator.username());
        hal = principal(council.officer("hal", "highways").username());
        eve = principal(council.officer("eve", "environment").username());
        ann = report("Ann Smith", "pothole", "SW1A 1AA", 1);
        bob = report("Bob Smithson", "flytipping", "sw1a 2aa", 2);
        cat = report("Cat O'Jones", "pothole", "LS1 1UR", null);
    }

    @Test
    void aReferenceFindsItsCaseHoweverItIsTyped() {
        assertThat(found(criteria().reference(ann.reference().toLowerCase()), admin))
                .containsExactly(ann.reference());
        assertThat(found(criteria().reference(" " + bob.reference() + " "), admin))
                .containsExactly(bob.reference());
    }

    @Test
    void aNameFindsEverySurnameStartingSoAndAFullNameIsSearchedByItsLastWord() {
        assertThat(found(criteria().name("smi"), admin)).containsExactly(ann.reference(), bob.reference());
        assertThat(found(criteria().name("Bob Smithson"), admin)).containsExactly(bob.reference());
        assertThat(found(criteria().name("o'jones"), admin)).containsExactly(cat.reference());
    }

    @Test
    void aPostcodeFindsTheCasesThere() {
        assertThat(found(criteria().postcode("SW1A 2AA"), admin)).containsExactly(bob.reference());
    }

    @Test
    void statusAndStageFollowTheCaseAsItMoves() {
        completeTriage(ann, hal, "accept");
        cases.abandon(cat.id(), "duplicate", "Reported twice", admin.username());

        assertThat(found(criteria().status(CaseStatus.ABANDONED), admin)).containsExactly(cat.reference());
        assertThat(found(criteria().status(CaseStatus.OPEN), admin)).containsExactly(bob.reference(), ann.reference());
        assertThat(found(criteria().stage("decision"), admin)).containsExactly(ann.reference());
        // An abandoned case stays at the stage it was abandoned in.
        assertThat(found(criteria().stage("assessing"), admin)).containsExactly(cat.reference(), bob.reference());
    }

    @Test
    void anAssigneeFindsTheCasesWhoseOpenWorkTheyHold() {
        claimTask(ann, hal);

        assertThat(found(criteria().assignee(hal.username()), admin)).containsExactly(ann.reference());
        assertThat(found(criteria().assignee(eve.username()), admin)).isEmpty();

        completeTriage(ann, hal, "accept");
        assertThat(found(criteria().assignee(hal.username()), admin)).isEmpty();
    }

    @Test
    void createdAndDueRangesIncludeBothEndDays() {
        var today = CouncilTime.dayOf(ann.createdAt());
        var due = ann.dueOn();

        assertThat(found(criteria().created(today, today), admin)).hasSize(3);
        assertThat(found(criteria().created(today.plusDays(1), null), admin)).isEmpty();
        assertThat(found(criteria().created(null, today.minusDays(1)), admin)).isEmpty();
        assertThat(found(criteria().due(due, due), admin)).hasSize(3);
        assertThat(found(criteria().due(null, due.minusDays(1)), admin)).isEmpty();
        assertThat(found(criteria().due(due.plusDays(1), null), admin)).isEmpty();
    }

    @Test
    void aFieldsAnswerIsMatchedWholeWhateverItsCaseAndHoweverANumberOrPostcodeIsWritten() {
        assertThat(found(criteria().field("category", "POTHOLE"), admin))
                .containsExactly(cat.reference(), ann.reference());
        assertThat(found(criteria().field("category", "pot"), admin)).isEmpty();
        assertThat(found(criteria().field("priority", "1.0"), admin)).containsExactly(ann.reference());
        assertThat(found(criteria().field("postcode", "sw1a1aa"), admin)).containsExactly(ann.reference());
        // Set by the process's own automatic step, not typed by anyone.
        assertThat(found(criteria().field("route", "Environment"), admin)).containsExactly(bob.reference());
    }

    @Test
    void answersToFieldsTheProcessDoesNotMarkSearchableAreNotKeptForSearching() {
        var plain = council.publish(
                administrator.api(),
                council.process("report-a-problem.json", "report-a-problem", "highways", "environment", "supervisors")
                        .replace(council.named("report-a-problem"), council.named("plain-report")),
                council.named("plain-report"));
        var unindexed = start(plain, Map.of("category", "pothole"), "Dee Plain");

        assertThat(found(criteria().field("category", "pothole"), admin))
                .containsExactly(cat.reference(), ann.reference())
                .doesNotContain(unindexed.reference());
    }

    @Test
    void aFieldsAnswerIsFoundOnceAStepRecordsItAndNoLongerOnceItChanges() {
        assertThat(found(criteria().field("decision", "accept"), admin)).isEmpty();

        completeTriage(ann, hal, "accept");

        assertThat(found(criteria().field("decision", "accept"), admin)).containsExactly(ann.reference());
    }

    @Test
    void anOfficerFindsOnlyTheCasesTheirTeamsHaveWorkedOnOrTheyStarted() {
        assertThat(found(criteria(), hal)).containsExactly(cat.reference(), ann.reference());
        assertThat(found(criteria(), eve)).containsExactly(bob.reference());
        assertThat(found(criteria(), principal(clerk.username())))
                .containsExactly(cat.reference(), bob.reference(), ann.reference());
        assertThat(found(criteria().name("smi"), hal)).containsExactly(ann.reference());
        assertThat(found(criteria().reference(bob.reference()), hal)).isEmpty();
    }

    @Test
    void anOfficerGivenACaseByNameFindsItWithoutBeingInAnyTeam() {
        var named = council.process(
                "allocate-to-a-named-officer.json", "allocate-to-a-named-officer", "monitoring-officer");
        var key = council.publish(administrator.api(), named, council.named("allocate-to-a-named-officer"));
        var officer = principal(council.officer("monitoring-officer").username());
        var complaint = start(key, Map.of("complaint", "The bins were not emptied"), null);

        assertThat(found(new Criteria(key), officer)).containsExactly(complaint.reference());
    }

    @Test
    void pagesFollowOneAnotherNewestFirstAndHoldEveryMatchOnce() {
        var first = search.search(criteria().build(), null, 2, admin);
        var second = search.search(criteria().build(), first.next(), 2, admin);

        assertThat(first.cases()).extracting(CaseView::reference).containsExactly(cat.reference(), bob.reference());
        assertThat(second.cases()).extracting(CaseView::reference).containsExactly(ann.reference());
        assertThat(second.next()).isNull();
    }

    @Test
    void aSurnameSearchPagesInSurnameOrder() {
        var first = search.search(criteria().name("smi").build(), null, 1, admin);
        var second = search.search(criteria().name("smi").build(), first.next(), 1, admin);

        assertThat(first.cases()).extracting(CaseView::reference).containsExactly(ann.reference());
        assertThat(second.cases()).extracting(CaseView::reference).containsExactly(bob.reference());
        assertThat(second.next()).isNull();
    }

    @Test
    void aCursorThisServiceDidNotGiveOutIsRefused() {
        assertThatThrownBy(() -> search.search(criteria().build(), "not-a-cursor", 2, admin))
                .isInstanceOf(InvalidCursor.class);
    }

    @Test
    void everyMatchCanBeReadInTheSameOrderForAnExport() {
        try (var all = search.all(criteria().build(), hal)) {
            assertThat(all.map(CaseView::reference)).containsExactly(cat.reference(), ann.reference());
        }
    }

    private List<String> found(Criteria criteria, StaffPrincipal who) {
        return found(criteria.build(), who);
    }

    private List<String> found(CaseCriteria criteria, StaffPrincipal who) {
        return search.search(criteria, null, CaseSearch.MAX_PAGE, who).cases().stream()
                .map(CaseView::reference)
                .toList();
    }

    private Criteria criteria() {
        return new Criteria(process);
    }

    /** The criteria a test needs, always within this test's own process. */
    private static final class Criteria {
        private final String process;
        private String reference, name, postcode, stage, assignee, fieldKey, fieldValue;
        private CaseStatus status;
        private LocalDate createdFrom, createdTo, dueFrom, dueTo;

        Criteria(String process) {
            this.process = process;
        }

        Criteria reference(String value) {
            reference = value;
            return this;
        }

        Criteria name(String value) {
            name = value;
            return this;
        }

        Criteria postcode(String value) {
            postcode = value;
            return this;
        }

        Criteria status(CaseStatus value) {
            status = value;
            return this;
        }

        Criteria stage(String value) {
            stage = value;
            return this;
        }

        Criteria assignee(String value) {
            assignee = value;
            return this;
        }

        Criteria created(LocalDate from, LocalDate to) {
            createdFrom = from;
            createdTo = to;
            return this;
        }

        Criteria due(LocalDate from, LocalDate to) {
            dueFrom = from;
            dueTo = to;
            return this;
        }

        Criteria field(String key, String value) {
            fieldKey = key;
            fieldValue = value;
            return this;
        }

        CaseCriteria build() {
            return new CaseCriteria(
                    reference,
                    name,
                    postcode,
                    status,
                    process,
                    stage,
                    assignee,
                    createdFrom,
                    createdTo,
                    dueFrom,
                    dueTo,
                    fieldKey,
                    fieldValue);
        }
    }

    private CaseView report(String name, String category, String postcode, Integer priority) {
        var data = new HashMap<String, Object>();
        data.put("category", category);
        data.put("postcode", postcode);
        if (priority != null) data.put("priority", priority);
        return start(process, data, name);
    }

    private CaseView start(String processKey, Map<String, Object> data, String citizen) {
        var body = new HashMap<String, Object>();
        body.put("process", processKey);
        body.put("data", data);
        if (citizen != null) body.put("citizen", Map.of("name", citizen));
        var started = clerk.api().post("/api/v1/cases", body);
        assertThat(started.status()).as(started.toString()).isEqualTo(201);
        return cases.byReference(started.text("/reference"));
    }

    private void claimTask(CaseView kase, StaffPrincipal officer) {
        var task = work.tasksOf(kase.id()).getFirst();
        work.claim(task.id(), officer);
    }

    private void completeTriage(CaseView kase, StaffPrincipal officer, String decision) {
        var task = work.tasksOf(kase.id()).stream()
                .filter(t -> t.step().equals("triage"))
                .findFirst()
                .orElseThrow();
        if (task.state() == TaskState.OPEN) work.claim(task.id(), officer);
        work.complete(task.id(), Map.of("decision", decision), officer);
    }

    private StaffPrincipal principal(String username) {
        return staff.principal(username).orElseThrow();
    }
}
