package org.casework.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.casework.identity.ApiKeys;
import org.casework.identity.Role;
import org.casework.identity.Staff;
import org.casework.support.Api;
import org.casework.support.IntegrationTest;
import org.casework.support.StaffSession;
import org.casework.support.TestCouncil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A children's services referral is screened by the children's team; once a safeguarding concern is confirmed, a
 * change-access step closes it to everyone but the safeguarding team and team leads, in every query that lists or
 * opens cases and tasks.
 */
@IntegrationTest
class ChangeAccessThroughTheApiTests {

    @Autowired
    Staff staff;

    @Autowired
    ApiKeys apiKeys;

    @LocalServerPort
    int port;

    TestCouncil council;
    TestCouncil.Officer admin;
    TestCouncil.Officer clerk;
    TestCouncil.Officer cara;
    TestCouncil.Officer lena;
    TestCouncil.Officer sam;
    String process;
    String caseId;
    String reference;

    @BeforeEach
    void aReferralScreenedByTheChildrensTeam() {
        council = new TestCouncil(staff, apiKeys, port);
        admin = council.admin();
        clerk = council.officer("clerk", "contact-centre");
        cara = council.signInOfficer("cara", Set.of(Role.OFFICER), "children");
        lena = council.officer("lena", Set.of(Role.TEAM_LEAD), "children");
        sam = council.signInOfficer("sam", Set.of(Role.OFFICER), "safeguarding");
        var key = council.named("referral");
        process = council.publish(
                admin.api(),
                """
                {"key": "%s", "name": "Children's referral",
                 "fields": [{"key": "concern", "type": "text", "searchable": true}],
                 "start": "screen",
                 "steps": [
                   {"kind": "task", "key": "screen", "name": "Screen", "allocation": {"team": "%s"}, "next": "restrict"},
                   {"kind": "change-access", "key": "restrict", "name": "Safeguarding only",
                    "teams": ["%s"], "roles": ["TEAM_LEAD"], "next": "review"},
                   {"kind": "task", "key": "review", "name": "Review", "allocation": {"team": "%s"}, "next": "done"},
                   {"kind": "end", "key": "done", "outcome": "reviewed"}
                 ]}
                """.formatted(key, council.named("children"), council.named("safeguarding"), council.named("children")),
                key);
        var started =
                clerk.api().post("/api/v1/cases", Map.of("process", process, "data", Map.of("concern", "bruising")));
        caseId = started.text("/id");
        reference = started.text("/reference");
    }

    private void screen() {
        var task = admin.api()
                .get("/api/v1/cases/" + caseId)
                .json()
                .path("openTasks")
                .get(0)
                .path("id")
                .asString();
        assertThat(cara.api().post("/api/v1/tasks/" + task + "/claim", Map.of()).status())
                .isEqualTo(200);
        assertThat(cara.api()
                        .post("/api/v1/tasks/" + task + "/complete", Map.of("data", Map.of()))
                        .status())
                .isEqualTo(200);
    }

    private List<String> listed(Api api) {
        var references = new ArrayList<String>();
        api.get("/api/v1/cases?process=" + process + "&limit=100")
                .json()
                .path("cases")
                .forEach(found -> references.add(found.path("reference").asString()));
        return references;
    }

    private List<String> queue(Api api) {
        var references = new ArrayList<String>();
        api.get("/api/v1/teams/" + council.named("children") + "/queue?limit=100")
                .json()
                .path("tasks")
                .forEach(task -> references.add(task.path("caseReference").asString()));
        return references;
    }

    @Test
    void beforeTheStepTheCaseIsSeenAsAnyOther() {
        assertThat(cara.api().get("/api/v1/cases/" + caseId).status()).isEqualTo(200);
        assertThat(clerk.api().get("/api/v1/cases/" + caseId).status()).isEqualTo(200);
        assertThat(queue(cara.api())).contains(reference);
        assertThat(sam.api().get("/api/v1/cases/" + caseId).status()).isEqualTo(404);
    }

    @Test
    void afterTheStepAnOfficerOutsideTheTeamNoLongerFindsTheCaseAnywhere() {
        screen();

        assertThat(cara.api().get("/api/v1/cases/" + caseId).status()).isEqualTo(404);
        assertThat(cara.api().get("/api/v1/cases/by-reference/" + reference).status())
                .isEqualTo(404);
        assertThat(cara.api().get("/api/v1/cases/" + caseId + "/timeline").status())
                .isEqualTo(404);
        assertThat(listed(cara.api())).doesNotContain(reference);
        assertThat(queue(cara.api())).doesNotContain(reference);
        assertThat(StaffSession.signIn(port, cara.username(), TestCouncil.PASSWORD)
                        .get("/cases/" + reference)
                        .statusCode())
                .isEqualTo(404);
        // Starting the case no longer opens it either.
        assertThat(clerk.api().get("/api/v1/cases/" + caseId).status()).isEqualTo(404);
        assertThat(listed(clerk.api())).doesNotContain(reference);
    }

    @Test
    void theTeamsAndRolesTheStepNamesStillSeeAndWorkIt() {
        screen();

        assertThat(sam.api().get("/api/v1/cases/" + caseId).status()).isEqualTo(200);
        assertThat(listed(sam.api())).contains(reference);
        assertThat(StaffSession.signIn(port, sam.username(), TestCouncil.PASSWORD)
                        .get("/cases/" + reference)
                        .statusCode())
                .isEqualTo(200);
        assertThat(lena.api().get("/api/v1/cases/" + caseId).status()).isEqualTo(200);
        assertThat(queue(lena.api())).contains(reference);
        assertThat(admin.api().get("/api/v1/cases/" + caseId).status()).isEqualTo(200);
        assertThat(listed(admin.api())).contains(reference);
    }

    @Test
    void theTimelineSaysWhoMaySeeTheCaseFromThen() {
        screen();

        var entries = admin.api().get("/api/v1/cases/" + caseId + "/timeline").json();
        var changed = new ArrayList<tools.jackson.databind.JsonNode>();
        entries.forEach(entry -> {
            if (entry.path("type").asString().equals("access-changed")) changed.add(entry);
        });
        assertThat(changed).singleElement().satisfies(entry -> {
            assertThat(entry.path("step").asString()).isEqualTo("restrict");
            assertThat(entry.path("detail").path("teams").get(0).asString()).isEqualTo(council.named("safeguarding"));
            assertThat(entry.path("detail").path("roles").get(0).asString()).isEqualTo("TEAM_LEAD");
        });
    }

    @Test
    void aStepMayOnlyNameTeamsThatExistAndRolesStaffCanHold() {
        var key = council.named("referral-broken");
        admin.api().put("/api/v1/definitions/" + key + "/draft", """
                        {"key": "%s", "name": "Broken", "start": "restrict",
                         "steps": [
                           {"kind": "change-access", "key": "restrict", "teams": ["no-such-team-anywhere"],
                            "roles": ["WIZARD"], "next": "done"},
                           {"kind": "end", "key": "done", "outcome": "done"}
                         ]}
                        """.formatted(key), "application/json");

        var published = admin.api().post("/api/v1/definitions/" + key + "/publish", Map.of("changeNote", "try"));

        assertThat(published.status()).isEqualTo(422);
        assertThat(published.body()).contains("$.steps[0].teams[0]").contains("$.steps[0].roles[0]");
    }

    @Test
    void aTeamLeadWhoseRoleIsNotNamedNoLongerOverseesTheCasesWork() {
        var lou = council.signInOfficer("lou", Set.of(Role.TEAM_LEAD), "children");
        var key = council.named("referral-teams-only");
        var teamsOnly = council.publish(
                admin.api(), """
                {"key": "%s", "name": "Children's referral",
                 "start": "restrict",
                 "steps": [
                   {"kind": "change-access", "key": "restrict", "teams": ["%s"], "next": "review"},
                   {"kind": "task", "key": "review", "name": "Review", "allocation": {"team": "%s"}, "next": "done"},
                   {"kind": "end", "key": "done", "outcome": "reviewed"}
                 ]}
                """.formatted(key, council.named("safeguarding"), council.named("children")), key);
        var restricted = clerk.api()
                .post("/api/v1/cases", Map.of("process", teamsOnly, "data", Map.of()))
                .text("/reference");
        var lead = StaffSession.signIn(port, lou.username(), TestCouncil.PASSWORD);

        assertThat(lead.get("/supervise").body()).contains(reference).doesNotContain(restricted);
        assertThat(queue(lou.api())).contains(reference).doesNotContain(restricted);
        assertThat(lou.api().get("/api/v1/cases/by-reference/" + restricted).status())
                .isEqualTo(404);
    }
}
