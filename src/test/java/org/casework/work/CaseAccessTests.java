package org.casework.work;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.casework.engine.CaseId;
import org.casework.engine.Cases;
import org.casework.identity.ApiKeys;
import org.casework.identity.Role;
import org.casework.identity.Staff;
import org.casework.identity.StaffPrincipal;
import org.casework.support.IntegrationTest;
import org.casework.support.TestCouncil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Which cases an officer may open: those their teams have had work on, those they started, and those whose work was
 * given to them by name; administrators every case.
 */
@IntegrationTest
class CaseAccessTests {

    @Autowired
    Staff staff;

    @Autowired
    ApiKeys apiKeys;

    @Autowired
    Cases cases;

    @Autowired
    WorkQueues work;

    @Autowired
    CaseAccess access;

    @LocalServerPort
    int port;

    TestCouncil council;
    TestCouncil.Officer admin;
    String process;

    @BeforeEach
    void reportAProblem() {
        council = new TestCouncil(staff, apiKeys, port);
        admin = council.admin();
        process = council.publishReportAProblem(admin.api());
    }

    private CaseId reportAPothole(TestCouncil.Officer by) {
        var started = by.api().post("/api/v1/cases", Map.of("process", process, "data", Map.of("category", "pothole")));
        return CaseId.parse(started.text("/id"));
    }

    private StaffPrincipal principal(TestCouncil.Officer officer) {
        return staff.principal(officer.username()).orElseThrow();
    }

    @Test
    void theTeamGivenTheWorkMaySeeTheCaseAndAnotherTeamMayNot() {
        var highways = council.officer("hana", "highways");
        var environment = council.officer("eric", "environment");
        var caseId = reportAPothole(council.officer("clerk", "contact-centre"));
        var view = cases.get(caseId);

        assertThat(access.maySee(view, principal(highways))).isTrue();
        assertThat(access.maySee(view, principal(environment))).isFalse();
    }

    @Test
    void whoeverStartedTheCaseMaySeeItThoughNoneOfTheirTeamsHasWorkOnIt() {
        var clerk = council.officer("clerk", "contact-centre");
        var caseId = reportAPothole(clerk);

        assertThat(access.maySee(cases.get(caseId), principal(clerk))).isTrue();
    }

    @Test
    void reassigningWorkToAnotherTeamLetsThatTeamSeeTheCase() {
        var lead = council.officer("lena", Set.of(Role.TEAM_LEAD), "highways");
        var environment = council.officer("eric", "environment");
        var caseId = reportAPothole(council.officer("clerk", "contact-centre"));
        var task = work.tasksOf(caseId).getFirst();

        work.reassign(task.id(), null, council.named("environment"), principal(lead));

        assertThat(access.maySee(cases.get(caseId), principal(environment))).isTrue();
    }

    @Test
    void anAdministratorMaySeeEveryCase() {
        var caseId = reportAPothole(council.officer("clerk", "contact-centre"));

        assertThat(access.maySee(cases.get(caseId), principal(admin))).isTrue();
    }
}
