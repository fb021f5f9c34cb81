package org.casework.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casework.api.ProblemAssertions.assertProblem;
import static org.casework.api.ProblemAssertions.errors;

import java.util.ArrayList;
import java.util.Map;
import java.util.UUID;
import org.casework.identity.ApiKeys;
import org.casework.identity.Staff;
import org.casework.registry.NewPerson;
import org.casework.registry.People;
import org.casework.registry.PersonCases;
import org.casework.registry.PersonId;
import org.casework.support.IntegrationTest;
import org.casework.support.TestCouncil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The people a case is about, through the REST API: each in a role from the case-roles list, one of them the main
 * person, every change on the timeline; and the person page's view of them shows only the cases its reader may see.
 */
@IntegrationTest
class CasePeopleThroughTheApiTests {

    @Autowired
    Staff staff;

    @Autowired
    ApiKeys apiKeys;

    @Autowired
    PersonCases personCases;

    @Autowired
    People people;

    @Autowired
    org.casework.identity.Citizens citizens;

    @Autowired
    org.casework.portal.CitizenRequests citizenRequests;

    @LocalServerPort
    int port;

    TestCouncil council;
    String process;
    TestCouncil.Officer highways;

    @BeforeEach
    void aPotholeProcess() {
        council = new TestCouncil(staff, apiKeys, port);
        process = council.publishReportAProblem(council.admin().api());
        highways = council.officer("hana", "highways");
    }

    @Test
    void theFirstPersonOnACaseIsItsMainPersonUntilAnotherIsMadeMain() {
        var caseId = startPothole(highways);
        var applicant = person("Ann");
        var representative = person("Rob");

        var first = highways.api().post(people(caseId), Map.of("person", applicant, "role", "subject"));
        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(first.json().path("main").asBoolean()).isTrue();
        highways.api().post(people(caseId), Map.of("person", representative, "role", "representative", "main", true));

        var listed = highways.api().get(people(caseId)).json();
        assertThat(listed.get(0).path("person").asString()).isEqualTo(representative.toString());
        assertThat(listed.get(0).path("main").asBoolean()).isTrue();
        assertThat(listed.get(1).path("main").asBoolean()).isFalse();

        var removed = highways.api().delete(people(caseId) + "/" + representative + "/representative");
        assertThat(removed.status()).as(removed.toString()).isEqualTo(204);
        var left = highways.api().get(people(caseId)).json();
        assertThat(left).hasSize(1);
        assertThat(left.get(0).path("main").asBoolean())
                .as("the one left is main")
                .isTrue();

        var timeline = new ArrayList<String>();
        highways.api()
                .get("/api/v1/cases/" + caseId + "/timeline")
                .json()
                .forEach(entry -> timeline.add(entry.path("type").asString()));
        assertThat(timeline).containsSubsequence("person-added", "person-added", "person-removed");
    }

    @Test
    void anUnknownRoleIsRefusedWithTheRolesThereAreAndARoleIsHeldOnce() {
        var caseId = startPothole(highways);
        var person = person("Una");

        var unknown =
                assertProblem(highways.api().post(people(caseId), Map.of("person", person, "role", "lodger")), 422);
        assertThat(errors(unknown).get("role")).contains("'lodger' is not one of the case roles", "applicant");

        highways.api().post(people(caseId), Map.of("person", person, "role", "applicant"));
        var twice =
                assertProblem(highways.api().post(people(caseId), Map.of("person", person, "role", "applicant")), 409);
        assertThat(errors(twice)).containsKey("role");
        assertThat(highways.api().get(people(caseId)).json()).hasSize(1);
    }

    @Test
    void aPersonsCasesShowOnlyThoseTheReaderMaySee() {
        var environment = council.officer("erin", "environment");
        var person = person("Wyn");
        var pothole = startPothole(highways);
        var flytip = environment
                .api()
                .post("/api/v1/cases", Map.of("process", process, "data", Map.of("category", "flytipping")))
                .text("/id");
        highways.api().post(people(pothole), Map.of("person", person, "role", "applicant"));
        environment.api().post(people(flytip), Map.of("person", person, "role", "witness"));

        var hana = staff.principal(highways.username()).orElseThrow();
        var seen = personCases.casesOf(new PersonId(person), hana);

        assertThat(seen).singleElement().satisfies(line -> {
            assertThat(line.reference())
                    .isEqualTo(highways.api().get("/api/v1/cases/" + pothole).text("/reference"));
            assertThat(line.role()).isEqualTo("Applicant (main person)");
        });
        assertThat(personCases.historyOf(new PersonId(person), hana))
                .extracting(entry -> entry.what())
                .contains("Case started", "Added to the case");
        assertProblem(environment.api().get(people(pothole)), 404);
    }

    @Test
    void aPersonsCasesIncludeTheRequestsTheyMadeOnlineWithTheirLinkedAccount() {
        var caseId = startPothole(highways);
        var account = citizens.register(new org.casework.identity.NewCitizen(
                        council.named("pat") + "@example.com", "a long enough password", "Pat", "Online"))
                .to()
                .id();
        citizenRequests.record(org.casework.engine.CaseId.parse(caseId), account);
        var person = person("Pat");
        people.linkCitizenAccount(new PersonId(person), account, "test");

        var seen = personCases.casesOf(
                new PersonId(person), staff.principal(highways.username()).orElseThrow());

        assertThat(seen)
                .singleElement()
                .satisfies(line -> assertThat(line.role()).isEqualTo("Made the request online"));
    }

    @Test
    void someoneNotOnTheRegisterCannotBePutOnACase() {
        var caseId = startPothole(highways);

        var refused = assertProblem(
                highways.api().post(people(caseId), Map.of("person", UUID.randomUUID(), "role", "applicant")), 422);

        assertThat(errors(refused)).containsEntry("person", "There is no person on the register with that id");
        assertThat(highways.api().get(people(caseId)).json()).isEmpty();
    }

    @Test
    void mergingTwoRecordsOfOneHumanMovesTheirPlacesOnCasesToTheSurvivor() {
        var caseId = startPothole(highways);
        var survivor = person("Sal");
        var merged = person("Mal");
        highways.api().post(people(caseId), Map.of("person", merged, "role", "applicant"));
        highways.api().post(people(caseId), Map.of("person", survivor, "role", "applicant"));
        highways.api().post(people(caseId), Map.of("person", merged, "role", "witness"));

        people.merge(new PersonId(survivor), new PersonId(merged), "sam");

        var after = highways.api().get(people(caseId)).json();
        assertThat(after.findValuesAsString("person")).containsOnly(survivor.toString());
        assertThat(after.findValuesAsString("role")).containsExactlyInAnyOrder("applicant", "witness");
        var refused =
                assertProblem(highways.api().post(people(caseId), Map.of("person", merged, "role", "subject")), 422);
        assertThat(errors(refused).get("person")).startsWith("This record was merged into " + survivor);
    }

    private UUID person(String givenName) {
        return people.add(new NewPerson(givenName, council.named("Case"), "1980-02-03"), true, "test")
                .value();
    }

    private String startPothole(TestCouncil.Officer officer) {
        var started =
                officer.api().post("/api/v1/cases", Map.of("process", process, "data", Map.of("category", "pothole")));
        assertThat(started.status()).as(started.toString()).isEqualTo(201);
        return started.text("/id");
    }

    private static String people(String caseId) {
        return "/api/v1/cases/" + caseId + "/people";
    }
}
