package org.casework.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.casework.identity.ApiKeys;
import org.casework.identity.Role;
import org.casework.identity.Scope;
import org.casework.identity.Staff;
import org.casework.support.Api;
import org.casework.support.IntegrationTest;
import org.casework.support.TestCouncil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Who may oversee whose work: a team lead leads their own teams, not the whole council. */
@IntegrationTest
class SupervisionRulesTests {

    @Autowired
    Staff staff;

    @Autowired
    ApiKeys apiKeys;

    @LocalServerPort
    int port;

    TestCouncil council;
    TestCouncil.Officer hal;
    TestCouncil.Officer admin;
    String process;

    @BeforeEach
    void reportAProblem() {
        council = new TestCouncil(staff, apiKeys, port);
        hal = council.officer("hal", "highways", "environment", "supervisors");
        admin = council.admin();
        process = council.publishReportAProblem(admin.api());
    }

    @Test
    void aTeamLeadOverseesTheTeamsTheyLeadAndNoOther() {
        var highwaysLead = council.officer("hilda", Set.of(Role.TEAM_LEAD), "highways");
        var wasteLead = council.officer("walter", Set.of(Role.TEAM_LEAD), "waste");
        var task = triageTask();
        var queue = "/api/v1/teams/" + council.named("highways") + "/queue";

        assertThat(wasteLead.api().get(queue).status()).isEqualTo(403);
        assertThat(wasteLead
                        .api()
                        .post("/api/v1/tasks/" + task + "/reassign", Map.of("user", hal.username()))
                        .status())
                .isEqualTo(403);
        assertThat(highwaysLead.api().get(queue).status()).isEqualTo(200);
        var reassigned = highwaysLead.api().post("/api/v1/tasks/" + task + "/reassign", Map.of("user", hal.username()));
        assertThat(reassigned.status()).as(reassigned.toString()).isEqualTo(200);
        assertThat(reassigned.text("/assignee")).isEqualTo(hal.username());
    }

    @Test
    void aTaskCanOnlyBeReassignedToATeamThatExistsAndAnOfficerInIt() {
        var lead = council.officer("hilda", Set.of(Role.TEAM_LEAD), "highways");
        var outsider = council.officer("otto", "waste");
        var task = triageTask();
        var reassign = "/api/v1/tasks/" + task + "/reassign";

        var noSuchTeam = lead.api().post(reassign, Map.of("team", "highway"));
        var noSuchUser = lead.api().post(reassign, Map.of("user", "nobody-at-all"));
        var notInTeam = lead.api().post(reassign, Map.of("user", outsider.username()));

        assertThat(noSuchTeam.status()).isEqualTo(422);
        assertThat(noSuchTeam.text("/errors/0/field")).isEqualTo("team");
        assertThat(noSuchUser.status()).isEqualTo(422);
        assertThat(noSuchUser.text("/errors/0/field")).isEqualTo("user");
        assertThat(notInTeam.status()).isEqualTo(422);
        assertThat(notInTeam.text("/errors/0/reason")).contains("not in team");
        assertThat(hal.api().get("/api/v1/tasks/" + task).text("/state")).isEqualTo("open");
    }

    @Test
    void aKeyWithTheAdminScopeCannotChangeProcessesOnceItsOwnerIsNoLongerAnAdministrator() {
        var officer = council.officer("olga", "highways");
        var key = apiKeys.issue(officer.username(), "left over", Set.of(Scope.values()));
        var api = new Api(port, key.key());

        var publish = api.post("/api/v1/definitions/" + process + "/publish", Map.of("changeNote", "sneaky"));

        assertThat(publish.status()).isEqualTo(403);
        assertThat(publish.contentType()).startsWith("application/problem+json");
    }

    @Test
    void aCitizensEmailMustBeAnEmailAddress() {
        var started = hal.api()
                .post(
                        "/api/v1/cases",
                        Map.of(
                                "process", process,
                                "citizen", Map.of("name", "Ann Smith", "email", "not an address"),
                                "data", Map.of("category", "pothole")));

        assertThat(started.status()).isEqualTo(422);
        assertThat(started.text("/errors/0/field")).isEqualTo("citizen.email");
    }

    @Test
    void workGivenToAnOfficerByNameCannotBeReleasedIntoAQueueThatDoesNotExist() {
        var officer = council.officer("monitoring-officer", "standards");
        var named = council.publish(
                admin.api(),
                council.process(
                        "allocate-to-a-named-officer.json", "allocate-to-a-named-officer", "monitoring-officer"),
                council.named("allocate-to-a-named-officer"));
        var task = officer.api()
                .post("/api/v1/cases", Map.of("process", named, "data", Map.of("complaint", "Too slow")))
                .json()
                .path("openTasks")
                .get(0)
                .path("id")
                .asString();

        var released = officer.api().post("/api/v1/tasks/" + task + "/release", Map.of());

        assertThat(released.status()).isEqualTo(409);
        assertThat(released.text("/detail")).contains("no team queue");
        assertThat(officer.api().get("/api/v1/tasks/" + task).text("/assignee")).isEqualTo(officer.username());
    }

    @Test
    void aProcessNamingATeamThatDoesNotExistIsRefusedClearlyAndWritesNothing() {
        var roundRobin = council.publish(
                admin.api(),
                council.process("allocate-round-robin.json", "allocate-round-robin", "food-inspectors"),
                council.named("allocate-round-robin"));

        var started =
                hal.api().post("/api/v1/cases", Map.of("process", roundRobin, "data", Map.of("premises", "Cafe")));

        assertThat(started.status()).isEqualTo(422);
        assertThat(started.text("/detail")).contains(council.named("food-inspectors"));
        assertThat(hal.api()
                        .get("/api/v1/cases?process=" + roundRobin)
                        .json()
                        .path("cases")
                        .size())
                .isZero();
    }

    private String triageTask() {
        var created = hal.api()
                .post("/api/v1/cases", Map.of("process", process, "data", Map.of("category", "pothole")))
                .json();
        return created.path("openTasks").get(0).path("id").asString();
    }
}
