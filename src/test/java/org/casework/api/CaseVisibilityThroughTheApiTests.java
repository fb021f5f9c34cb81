package org.casework.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Map;
import org.casework.identity.ApiKeys;
import org.casework.identity.Staff;
import org.casework.support.Api;
import org.casework.support.IntegrationTest;
import org.casework.support.TestCouncil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An API key acts for its owner, and sees what its owner may see on the staff pages: the cases whose work went to
 * one of the owner's teams, the cases the owner started, every case for an administrator. Others answer "not found".
 */
@IntegrationTest
class CaseVisibilityThroughTheApiTests {

    @Autowired
    Staff staff;

    @Autowired
    ApiKeys apiKeys;

    @LocalServerPort
    int port;

    TestCouncil council;
    TestCouncil.Officer admin;
    Api highways;
    Api environment;
    String caseId;
    String reference;
    String taskId;

    @BeforeEach
    void aPotholeReportedThroughTheContactCentre() {
        council = new TestCouncil(staff, apiKeys, port);
        admin = council.admin();
        var process = council.publishReportAProblem(admin.api());
        highways = council.officer("hana", "highways").api();
        environment = council.officer("eric", "environment").api();
        var started = council.officer("clerk", "contact-centre")
                .api()
                .post(
                        "/api/v1/cases",
                        Map.of("process", process, "data", Map.of("category", "pothole", "postcode", "SW1A 1AA")));
        caseId = started.text("/id");
        reference = started.text("/reference");
        taskId = started.json().path("openTasks").get(0).path("id").asString();
    }

    @Test
    void theTeamGivenTheWorkReadsTheCaseItsTimelineAndItsTask() {
        assertThat(highways.get("/api/v1/cases/" + caseId).status()).isEqualTo(200);
        assertThat(highways.get("/api/v1/cases/by-reference/" + reference).status())
                .isEqualTo(200);
        assertThat(highways.get("/api/v1/cases/" + caseId + "/timeline").status())
                .isEqualTo(200);
        assertThat(highways.get("/api/v1/tasks/" + taskId).status()).isEqualTo(200);
        assertThat(listed(highways)).contains(reference);
    }

    @Test
    void anotherTeamIsToldTheCaseDoesNotExistAndDoesNotFindItInLists() {
        assertThat(environment.get("/api/v1/cases/" + caseId).status()).isEqualTo(404);
        assertThat(environment.get("/api/v1/cases/by-reference/" + reference).status())
                .isEqualTo(404);
        assertThat(environment.get("/api/v1/cases/" + caseId + "/timeline").status())
                .isEqualTo(404);
        assertThat(environment.get("/api/v1/tasks/" + taskId).status()).isEqualTo(404);
        assertThat(listed(environment)).doesNotContain(reference);
    }

    @Test
    void anAdministratorSeesEveryCase() {
        assertThat(admin.api().get("/api/v1/cases/" + caseId).status()).isEqualTo(200);
        assertThat(listed(admin.api())).contains(reference);
    }

    private java.util.List<String> listed(Api api) {
        var references = new ArrayList<String>();
        api.get("/api/v1/cases?postcode=SW1A%201AA&limit=100")
                .json()
                .path("cases")
                .forEach(found -> references.add(found.path("reference").asString()));
        return references;
    }
}
