package org.casework.work;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.casework.identity.ApiKeys;
import org.casework.identity.Role;
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
 * What a supervisor sees of their teams' work: every open and claimed task of the teams they lead, soonest due first,
 * narrowed by step, assignee and due date; and nobody sees a team they do not lead.
 */
@IntegrationTest
class SupervisingTeamWorkTests {

    @Autowired
    Staff staff;

    @Autowired
    ApiKeys apiKeys;

    @Autowired
    WorkQueues work;

    @LocalServerPort
    int port;

    TestCouncil council;
    TestCouncil.Officer alex;
    TestCouncil.Officer admin;
    StaffPrincipal lead;
    String highways;
    String environment;
    String process;

    @BeforeEach
    void aHighwaysLeadAndTheirTeam() {
        council = new TestCouncil(staff, apiKeys, port);
        admin = council.admin();
        process = council.publishReportAProblem(admin.api());
        alex = council.officer("alex", "highways");
        lead = principal(council.officer("hilda", Set.of(Role.TEAM_LEAD), "highways"));
        highways = council.named("highways");
        environment = council.named("environment");
    }

    @Test
    void aLeadSeesTheOpenAndClaimedWorkOfTheirTeamButNotOtherTeamsOrFinishedWork() {
        var waiting = report("pothole");
        var claimed = report("pothole");
        var finished = report("pothole");
        report("flytipping");
        claim(claimed);
        claim(finished);
        complete(finished);

        var page = work.teamWork(List.of(highways), TeamWorkFilter.NONE, null, 50, lead);

        assertThat(page.tasks()).extracting(TaskView::caseReference).containsExactlyInAnyOrder(waiting, claimed);
        assertThat(page.tasks())
                .filteredOn(task -> task.caseReference().equals(claimed))
                .singleElement()
                .satisfies(task -> assertThat(task.assignee()).isEqualTo(alex.username()));
        assertThat(page.tasks()).allSatisfy(task -> assertThat(task.team()).isEqualTo(highways));
        assertThat(page.next()).isNull();
    }

    @Test
    void theWorkIsNarrowedByStepAssigneeAndDueDate() {
        var waiting = report("pothole");
        var claimed = report("pothole");
        claim(claimed);
        var aMonthOn = CouncilTime.dayOf(java.time.Instant.now()).plusMonths(1);

        assertThat(references(new TeamWorkFilter("triage", null, false, null)))
                .containsExactlyInAnyOrder(waiting, claimed);
        assertThat(references(new TeamWorkFilter("review", null, false, null))).isEmpty();
        assertThat(references(new TeamWorkFilter(null, alex.username(), false, null)))
                .containsExactly(claimed);
        assertThat(references(new TeamWorkFilter(null, null, true, null))).containsExactly(waiting);
        assertThat(references(new TeamWorkFilter(null, null, false, LocalDate.of(2000, 1, 1))))
                .as("nothing was due before the millennium")
                .isEmpty();
        assertThat(references(new TeamWorkFilter(null, null, true, aMonthOn)))
                .as("unclaimed and due within a month")
                .containsExactly(waiting);
    }

    @Test
    void pagesFollowOneAnotherWithoutRepeatingOrMissingATask() {
        var reported = List.of(report("pothole"), report("pothole"), report("pothole"));

        var seen = new ArrayList<String>();
        String after = null;
        do {
            var page = work.teamWork(List.of(highways), TeamWorkFilter.NONE, after, 1, lead);
            assertThat(page.tasks()).hasSize(1);
            seen.add(page.tasks().getFirst().caseReference());
            after = page.next();
        } while (after != null);

        assertThat(seen).containsExactlyInAnyOrderElementsOf(reported);
    }

    @Test
    void aLeadCannotOverseeATeamTheyDoNotLeadNorCanAnOfficerOverseeTheirOwnTeam() {
        report("pothole");
        var officer = principal(alex);

        assertThatThrownBy(() -> work.teamWork(List.of(environment), TeamWorkFilter.NONE, null, 50, lead))
                .isInstanceOf(NotAllowed.class);
        assertThatThrownBy(() -> work.teamWork(List.of(highways, environment), TeamWorkFilter.NONE, null, 50, lead))
                .as("one team not led is enough to refuse")
                .isInstanceOf(NotAllowed.class);
        assertThatThrownBy(() -> work.teamWork(List.of(highways), TeamWorkFilter.NONE, null, 50, officer))
                .isInstanceOf(NotAllowed.class);
        assertThatThrownBy(() -> work.teamWork(null, TeamWorkFilter.NONE, null, 50, lead))
                .as("every team's work is for administrators")
                .isInstanceOf(NotAllowed.class);
    }

    @Test
    void anAdministratorOverseesEveryTeamAndWorkGivenToOfficersByName() {
        var pothole = report("pothole");
        var flytipping = report("flytipping");
        claim(pothole);
        var administrator = principal(admin);

        var both = work.teamWork(List.of(highways, environment), TeamWorkFilter.NONE, null, 50, administrator);
        var everyTeamHeldByAlex =
                work.teamWork(null, new TeamWorkFilter(null, alex.username(), false, null), null, 50, administrator);

        assertThat(both.tasks()).extracting(TaskView::caseReference).containsExactlyInAnyOrder(pothole, flytipping);
        assertThat(everyTeamHeldByAlex.tasks())
                .extracting(TaskView::caseReference)
                .containsExactly(pothole);
        assertThat(staff.teams()).as("every team, for the team filter").contains(highways);
    }

    @Test
    void noTeamsMeansNoWork() {
        report("pothole");

        assertThat(work.teamWork(List.of(), TeamWorkFilter.NONE, null, 50, lead).tasks())
                .isEmpty();
    }

    private List<String> references(TeamWorkFilter filter) {
        return work.teamWork(List.of(highways), filter, null, 50, lead).tasks().stream()
                .map(TaskView::caseReference)
                .toList();
    }

    private StaffPrincipal principal(TestCouncil.Officer officer) {
        return staff.principal(officer.username()).orElseThrow();
    }

    private String report(String category) {
        var started =
                alex.api().post("/api/v1/cases", Map.of("process", process, "data", Map.of("category", category)));
        assertThat(started.status()).as(started.toString()).isEqualTo(201);
        return started.text("/reference");
    }

    private TaskView taskOf(String reference) {
        return work.teamWork(List.of(highways), TeamWorkFilter.NONE, null, 50, lead).tasks().stream()
                .filter(task -> task.caseReference().equals(reference))
                .findFirst()
                .orElseThrow();
    }

    private void claim(String reference) {
        work.claim(taskOf(reference).id(), principal(alex));
    }

    private void complete(String reference) {
        work.complete(taskOf(reference).id(), Map.of("decision", "accept"), principal(alex));
    }
}
