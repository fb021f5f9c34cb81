package org.casework.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Map;
import org.casework.support.Api;
import org.casework.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/** A newcomer's first start: the demo council is there, and the printed key works. */
@IntegrationTest
@TestPropertySource(properties = "casework.demo.enabled=true")
class DemoCouncilTests {

    /** The key the README's walkthrough uses. */
    static final String DEMO_KEY = "cwk_demo_only_do_not_use_in_production_0000000000";

    @LocalServerPort
    int port;

    @Autowired
    DemoCouncil demo;

    @Autowired
    org.casework.identity.Staff staff;

    @Autowired
    org.casework.work.WorkQueues work;

    @Test
    void theFirstStartPublishesTheThreeDemoProcessesAndTheDemoKeyCanStartACase() {
        var api = new Api(port, DEMO_KEY);

        var listed = api.get("/api/v1/definitions").json();
        var published = new ArrayList<String>();
        listed.forEach(p -> {
            if (p.path("latestVersion").asInt() >= 1)
                published.add(p.path("key").asString());
        });
        var started = api.post(
                "/api/v1/cases",
                Map.of(
                        "process",
                        "report-a-problem",
                        "data",
                        Map.of(
                                "category",
                                "flytipping",
                                "postcode",
                                "LS1 1UR",
                                "description",
                                "Mattress dumped in the lane")));

        assertThat(published).containsAll(DemoCouncil.PROCESSES);
        assertThat(started.status()).as(started.toString()).isEqualTo(201);
        assertThat(started.json().path("openTasks").get(0).path("team").asString())
                .isEqualTo("environment");
    }

    @Test
    void eachDemoDepartmentIsOfferedItsOwnDemandTypesAndTheSharedOnes() {
        var api = new Api(port, DEMO_KEY);

        var highways = api.get("/api/v1/lookups/demand-types?department=highways")
                .json()
                .findValuesAsString("code");

        assertThat(highways)
                .contains("pothole", "street-light-fault", "complaint")
                .doesNotContain("missed-collection");
    }

    @Test
    void alexStartsWithWorkInHandAndMoreWaitingInTheQueues() {
        var alex = staff.principal("alex").orElseThrow();

        assertThat(work.allMyTasks(alex)).hasSize(4);
        assertThat(work.teamQueue("environment", null, 50, alex).tasks()).isNotEmpty();
        assertThat(work.teamQueue(
                                "waste-services",
                                null,
                                50,
                                staff.principal("wendy").orElseThrow())
                        .tasks())
                .isNotEmpty();
    }

    @Test
    void aBlueBadgeApplicationWithMissingEvidenceWaitsOnTheApplicantWithItsClockStopped() {
        var api = new Api(port, DEMO_KEY);
        var started = api.post(
                "/api/v1/cases",
                Map.of(
                        "process",
                        "apply-for-a-blue-badge",
                        "data",
                        Map.of(
                                "applicant-name",
                                "Ada Lovelace",
                                "date-of-birth",
                                "1950-12-10",
                                "postcode",
                                "SW1A 1AA",
                                "eligibility-route",
                                "automatic-dla")));
        assertThat(started.status()).as(started.toString()).isEqualTo(201);
        var caseId = started.text("/id");
        var check = started.json().path("openTasks").get(0);
        assertThat(check.path("step").asString()).isEqualTo("check-evidence");

        var task = "/api/v1/tasks/" + check.path("id").asString();
        assertThat(api.post(task + "/claim", Map.of()).status()).isEqualTo(200);
        var completed = api.post(task + "/complete", Map.of("data", Map.of("evidence-check", "missing")));
        assertThat(completed.status()).as(completed.toString()).isEqualTo(200);

        var waiting = api.get("/api/v1/cases/" + caseId).json();
        assertThat(waiting.path("status").asString()).isEqualTo("waiting");
        assertThat(waiting.path("currentStep").asString()).isEqualTo("ask-for-evidence");
        assertThat(waiting.path("slaPausedSince").isNull()).isFalse();
        assertThat(waiting.path("openTasks").size()).isZero();
    }

    @Autowired
    org.casework.identity.Citizens citizens;

    @Autowired
    org.casework.portal.CitizenRequests citizenRequests;

    @Test
    void aResidentCanSignInToThePortalAndFollowTwoRequestsMadeOnline() {
        var resident = citizens.byEmail(DemoCases.RESIDENT).orElseThrow();
        assertThat(citizenRequests.of(resident.id()))
                .extracting(org.casework.engine.CaseView::processName)
                .containsExactlyInAnyOrder("Apply for a Blue Badge", "Report a problem");
        var signIn = org.casework.support.StaffSession.signInToPortal(port, DemoCases.RESIDENT, "demo-password");
        assertThat(signIn.get("/portal/requests").body()).contains("Apply for a Blue Badge", "Report a problem");
    }

    @Test
    void aRestartDoesNotLoadTheDemoAgain() {
        demo.run(new DefaultApplicationArguments());

        var api = new Api(port, DEMO_KEY);
        assertThat(api.get("/api/v1/definitions/report-a-problem/versions")
                        .json()
                        .size())
                .isEqualTo(1);
    }
}
