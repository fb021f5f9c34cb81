package org.casework.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casework.api.ProblemAssertions.assertProblem;
import static org.casework.api.ProblemAssertions.errors;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.casework.casefile.CaseFileCouncil;
import org.casework.identity.ApiKeys;
import org.casework.identity.Staff;
import org.casework.platform.CouncilTime;
import org.casework.support.Api;
import org.casework.support.IntegrationTest;
import org.casework.support.TestCouncil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The case file through the REST API: demands, activities, follow-ups and system conditions are added, listed and
 * changed on a case; their values come from the lookup lists of the case's department (an unknown or another
 * department's value is refused with the allowed ones); a retired value still reads on an old record; an officer who
 * cannot see the case gets 404 and changes nothing.
 */
@IntegrationTest
class CaseFileThroughTheApiTests {

    @Autowired
    Staff staff;

    @Autowired
    ApiKeys apiKeys;

    @Autowired
    Clock clock;

    @LocalServerPort
    int port;

    TestCouncil council;
    CaseFileCouncil lists;
    Api admin;
    TestCouncil.Officer hana;
    Api environment;
    String highways;
    String pothole;
    String damp;
    String complaint;
    String repair;
    String caseId;
    String base;
    LocalDate today;

    @BeforeEach
    void aPotholeReportOfTheHighwaysDepartment() {
        council = new TestCouncil(staff, apiKeys, port);
        admin = council.admin().api();
        lists = new CaseFileCouncil(council, admin);
        highways = lists.department("highways");
        var housing = lists.department("housing");
        pothole = lists.value("demand-types", "pothole", "Pothole", highways);
        damp = lists.value("demand-types", "damp", "Damp and mould", housing);
        complaint = lists.value("demand-types", "complaint", "Complaint", null);
        repair = lists.value("demand-categories", "repair", "Repair", highways);
        var process = lists.publishReportAProblem(highways, "pothole-reports");
        hana = council.officer("hana", "highways");
        environment = council.officer("eric", "environment").api();
        caseId = CaseFileCouncil.reportAPothole(hana.api(), process).id();
        base = "/api/v1/cases/" + caseId;
        today = CouncilTime.dayOf(clock.instant());
    }

    @Test
    void aDemandIsRecordedListedAndResolved() {
        var added = hana.api()
                .post(
                        base + "/demands",
                        Map.of("type", pothole, "category", repair, "description", "Deep pothole by the school"));

        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        assertThat(added.text("/typeLabel")).isEqualTo("Pothole");
        assertThat(added.text("/categoryLabel")).isEqualTo("Repair");
        assertThat(added.text("/recordedBy")).isEqualTo(hana.username());
        assertThat(added.json().path("resolved").asBoolean()).isFalse();

        var resolved = hana.api().post(base + "/demands/" + added.text("/id") + "/resolve", Map.of());
        assertThat(resolved.status()).as(resolved.toString()).isEqualTo(200);
        assertThat(resolved.json().path("resolved").asBoolean()).isTrue();
        assertThat(resolved.text("/resolvedBy")).isEqualTo(hana.username());

        var listed = hana.api().get(base + "/demands").json();
        assertThat(listed).hasSize(1);
        assertThat(listed.get(0).path("description").asString()).isEqualTo("Deep pothole by the school");
        assertThat(listed.get(0).path("resolved").asBoolean()).isTrue();

        var again = hana.api().post(base + "/demands/" + added.text("/id") + "/resolve", Map.of());
        assertThat(errors(assertProblem(again, 409))).containsKey("resolved");
    }

    @Test
    void anUnknownDemandTypeIsRefusedListingTheAllowedOnes() {
        var refused = hana.api()
                .post(base + "/demands", Map.of("type", "sinkhole", "category", repair, "description", "A hole"));

        var reason = errors(assertProblem(refused, 422)).get("type");
        assertThat(reason).contains("'sinkhole'", pothole, complaint).doesNotContain(damp);
        assertThat(hana.api().get(base + "/demands").json()).isEmpty();
    }

    @Test
    void anotherDepartmentsValueIsRefused() {
        var refused =
                hana.api().post(base + "/demands", Map.of("type", damp, "category", repair, "description", "Mould"));

        assertThat(errors(assertProblem(refused, 422)).get("type")).contains("'" + damp + "'", pothole);
    }

    @Test
    void everyProblemWithANewRecordIsNamedAtOnce() {
        var refused = hana.api().post(base + "/demands", Map.of("description", " "));

        assertThat(errors(assertProblem(refused, 422))).containsOnlyKeys("type", "category", "description");
    }

    @Test
    void aRetiredValueStillReadsOnAnOldRecordButIsOfferedNoMore() {
        var kerb = lists.value("demand-types", "kerb", "Broken kerb", highways);
        hana.api().post(base + "/demands", Map.of("type", kerb, "category", repair, "description", "Cracked kerb"));

        lists.retire("demand-types", kerb);

        assertThat(hana.api()
                        .get(base + "/demands")
                        .json()
                        .get(0)
                        .path("typeLabel")
                        .asString())
                .isEqualTo("Broken kerb");
        var refused =
                hana.api().post(base + "/demands", Map.of("type", kerb, "category", repair, "description", "Another"));
        assertThat(errors(assertProblem(refused, 422)).get("type")).contains("'" + kerb + "'");
    }

    @Test
    void timeIsRecordedAgainstATaskCategoryAndTotalled() {
        var call = hana.api()
                .post(
                        base + "/activities",
                        Map.of(
                                "taskCategory",
                                "phone-call",
                                "description",
                                "Called the resident",
                                "minutes",
                                15,
                                "doneOn",
                                today.toString()));
        assertThat(call.status()).as(call.toString()).isEqualTo(201);
        assertThat(call.text("/doneBy")).isEqualTo(hana.username());
        assertThat(call.text("/taskCategoryLabel")).isEqualTo("Phone call");
        hana.api()
                .post(
                        base + "/activities",
                        Map.of(
                                "taskCategory",
                                "site-visit",
                                "description",
                                "Measured the hole",
                                "minutes",
                                45,
                                "doneOn",
                                today.minusDays(1).toString()));

        var listed = hana.api().get(base + "/activities").json();

        assertThat(listed.path("totalMinutes").asInt()).isEqualTo(60);
        assertThat(listed.path("activities").findValuesAsString("description"))
                .containsExactly("Called the resident", "Measured the hole");
    }

    @Test
    void timeMustBeSomeMinutesOnADayThatHasCome() {
        var refused = hana.api()
                .post(
                        base + "/activities",
                        Map.of(
                                "taskCategory",
                                "phone-call",
                                "description",
                                "Called",
                                "minutes",
                                0,
                                "doneOn",
                                today.plusDays(1).toString()));

        assertThat(errors(assertProblem(refused, 422))).containsOnlyKeys("minutes", "doneOn");
    }

    @Test
    void aFollowUpIsPromisedToAnOwnerAndMarkedDoneOnce() {
        var promised = hana.api()
                .post(
                        base + "/intentions",
                        Map.of(
                                "type",
                                "call-back",
                                "description",
                                "Tell the resident when it is filled",
                                "dueOn",
                                today.plusDays(3).toString(),
                                "owner",
                                hana.username()));
        assertThat(promised.status()).as(promised.toString()).isEqualTo(201);
        assertThat(promised.text("/state")).isEqualTo("open");
        assertThat(promised.text("/typeLabel")).isEqualTo("Call the person back");

        var done = hana.api().post(base + "/intentions/" + promised.text("/id") + "/done", Map.of());
        assertThat(done.status()).as(done.toString()).isEqualTo(200);
        assertThat(done.text("/state")).isEqualTo("done");
        assertThat(done.text("/closedBy")).isEqualTo(hana.username());

        var cancelled = hana.api().post(base + "/intentions/" + promised.text("/id") + "/cancel", Map.of());
        assertThat(errors(assertProblem(cancelled, 409))).containsKey("state");
    }

    @Test
    void aFollowUpCanBeCancelled() {
        var promised = hana.api()
                .post(
                        base + "/intentions",
                        Map.of(
                                "type",
                                "visit",
                                "description",
                                "Look again",
                                "dueOn",
                                today.toString(),
                                "owner",
                                hana.username()));

        var cancelled = hana.api().post(base + "/intentions/" + promised.text("/id") + "/cancel", Map.of());

        assertThat(cancelled.text("/state")).isEqualTo("cancelled");
        assertThat(hana.api()
                        .get(base + "/intentions")
                        .json()
                        .get(0)
                        .path("state")
                        .asString())
                .isEqualTo("cancelled");
    }

    @Test
    void aFollowUpsOwnerMustBeSomeoneWhoCanSeeTheCase() {
        var eric = council.named("eric");

        var refused = hana.api()
                .post(
                        base + "/intentions",
                        Map.of(
                                "type",
                                "review",
                                "description",
                                "Review",
                                "dueOn",
                                today.minusDays(1).toString(),
                                "owner",
                                eric));

        var problems = errors(assertProblem(refused, 422));
        assertThat(problems.get("owner")).contains("cannot see this case");
        assertThat(problems).containsKey("dueOn");
    }

    @Test
    void aSystemConditionIsRecordedWithANote() {
        var added = hana.api()
                .post(
                        base + "/system-conditions",
                        Map.of("condition", "no-access", "note", "Road closed by the police"));
        assertThat(added.status()).as(added.toString()).isEqualTo(201);

        var listed = hana.api().get(base + "/system-conditions").json();

        assertThat(listed).hasSize(1);
        assertThat(listed.get(0).path("conditionLabel").asString()).isEqualTo("Could not get access to the property");
        assertThat(listed.get(0).path("note").asString()).isEqualTo("Road closed by the police");
    }

    @Test
    void eachRecordIsOnTheCaseTimelineWithoutItsWords() {
        hana.api().post(base + "/demands", Map.of("type", pothole, "category", repair, "description", "Secret"));
        hana.api().post(base + "/system-conditions", Map.of("condition", "system-unavailable"));

        var timeline = hana.api().get(base + "/timeline");

        assertThat(timeline.json().findValuesAsString("type")).contains("demand-recorded", "system-condition-recorded");
        assertThat(timeline.body()).doesNotContain("Secret");
    }

    @Test
    void anOfficerWhoCannotSeeTheCaseGetsNotFoundAndChangesNothing() {
        assertProblem(environment.get(base + "/demands"), 404);
        assertProblem(environment.get(base + "/activities"), 404);
        assertProblem(environment.get(base + "/intentions"), 404);
        assertProblem(environment.get(base + "/system-conditions"), 404);
        assertProblem(
                environment.post(
                        base + "/demands", Map.of("type", pothole, "category", repair, "description", "Sneaky")),
                404);
        assertProblem(environment.post(base + "/system-conditions", Map.of("condition", "no-access")), 404);
        var demand = hana.api()
                .post(base + "/demands", Map.of("type", pothole, "category", repair, "description", "Real"))
                .text("/id");
        assertProblem(environment.post(base + "/demands/" + demand + "/resolve", Map.of()), 404);

        var demands = hana.api().get(base + "/demands").json();
        assertThat(demands).hasSize(1);
        assertThat(demands.get(0).path("resolved").asBoolean()).isFalse();
        assertThat(hana.api().get(base + "/system-conditions").json()).isEmpty();
    }

    @Test
    void aRecordOfAnotherCaseIsNotFound() {
        var demand = hana.api()
                .post(base + "/demands", Map.of("type", pothole, "category", repair, "description", "Here"))
                .text("/id");
        var other = CaseFileCouncil.reportAPothole(hana.api(), lists.publishReportAProblem(highways, "other"));

        assertProblem(
                hana.api().post("/api/v1/cases/" + other.id() + "/demands/" + demand + "/resolve", Map.of()), 404);
    }

    @Test
    void aCaseWhoseProcessNamesNoDepartmentIsOfferedEveryDepartmentsValues() {
        var anywhere = CaseFileCouncil.reportAPothole(hana.api(), lists.publishReportAProblem(null, "anywhere"));

        var added = hana.api()
                .post(
                        "/api/v1/cases/" + anywhere.id() + "/demands",
                        Map.of("type", damp, "category", repair, "description", "Any department's value"));

        assertThat(added.status()).as(added.toString()).isEqualTo(201);
    }

    @Test
    void aDefinitionNamingAnUnknownDepartmentCannotBePublished() {
        var key = council.named("nowhere");
        var document = council.process("report-a-problem.json", "report-a-problem", "highways")
                .replace("\"key\": \"" + council.named("report-a-problem") + "\"", "\"key\": \"" + key + "\"")
                .replaceFirst("\\{", "{\"department\": \"" + council.named("parks") + "\",");
        council.saveDraft(admin, document, key);

        var refused = admin.post("/api/v1/definitions/" + key + "/publish", Map.of("changeNote", "test"));

        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        assertThat(refused.body()).contains("$.department", council.named("parks"), highways);
    }
}
