package org.casework.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.casework.identity.ApiKeys;
import org.casework.identity.Staff;
import org.casework.support.IntegrationTest;
import org.casework.support.TestCouncil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Each allocation rule a task step can have, seen from the API: which queue or officer the new task lands with. */
@IntegrationTest
class AllocationRulesTests {

    @Autowired
    Staff staff;

    @Autowired
    ApiKeys apiKeys;

    @LocalServerPort
    int port;

    TestCouncil council;
    TestCouncil.Officer admin;

    @BeforeEach
    void aCouncil() {
        council = new TestCouncil(staff, apiKeys, port);
        admin = council.admin();
    }

    @Test
    void aTaskForAFixedTeamWaitsUnclaimedInThatTeamsQueue() {
        var cleaner = council.officer("cleo", "street-cleaning");
        var process = publish("allocate-to-a-team", "street-cleaning");

        var created = start(cleaner, process, Map.of("location", "The underpass on Mill Lane"));

        var task = created.path("openTasks").get(0);
        assertThat(task.path("team").asString()).isEqualTo(council.named("street-cleaning"));
        assertThat(task.path("state").asString()).isEqualTo("open");
        assertThat(task.path("assignee").isNull()).isTrue();
        assertThat(ids(cleaner.api()
                        .get("/api/v1/teams/" + council.named("street-cleaning") + "/queue")
                        .json()
                        .path("tasks")))
                .containsExactly(task.path("id").asString());
    }

    @Test
    void aTaskAllocatedByConditionsGoesToTheTeamOfTheFirstRuleThatHolds() {
        var officer = council.officer("tom", "north-trees", "south-trees", "tree-specialists");
        var process = publish("allocate-by-conditions", "north-trees", "south-trees", "tree-specialists");

        var north = start(officer, process, Map.of("ward", "north", "height", 40));
        var smallSouthern = start(officer, process, Map.of("ward", "south", "height", 8));
        var tallSouthern = start(officer, process, Map.of("ward", "south", "height", 25));
        var central = start(officer, process, Map.of("ward", "central"));

        assertThat(teamOf(north)).isEqualTo(council.named("north-trees"));
        assertThat(teamOf(smallSouthern)).isEqualTo(council.named("south-trees"));
        assertThat(teamOf(tallSouthern)).isEqualTo(council.named("tree-specialists"));
        assertThat(teamOf(central)).isEqualTo(council.named("tree-specialists"));
    }

    @Test
    void aTaskForANamedOfficerArrivesAlreadyClaimedInTheirTasks() {
        var monitoringOfficer = council.officer("monitoring-officer");
        var clerk = council.officer("clara", "customer-services");
        var process = publish("allocate-to-a-named-officer", "monitoring-officer");

        var created = start(clerk, process, Map.of("complaint", "Nobody answered my letters about the bins."));

        var task = created.path("openTasks").get(0);
        assertThat(task.path("assignee").asString()).isEqualTo(monitoringOfficer.username());
        assertThat(task.path("state").asString()).isEqualTo("claimed");
        var taskId = task.path("id").asString();
        assertThat(ids(monitoringOfficer.api().get("/api/v1/tasks/mine").json().path("tasks")))
                .containsExactly(taskId);
        assertThat(ids(clerk.api().get("/api/v1/tasks/mine").json().path("tasks")))
                .isEmpty();
        var completed = monitoringOfficer.api().post("/api/v1/tasks/" + taskId + "/complete", Map.of("data", Map.of()));
        assertThat(completed.status()).as(completed.toString()).isEqualTo(200);
    }

    @Test
    void roundRobinGivesEachInspectorATurnInUsernameOrder() {
        var ann = council.officer("ann", "food-inspectors");
        var bob = council.officer("bob", "food-inspectors");
        var cat = council.officer("cat", "food-inspectors");
        var process = publish("allocate-round-robin", "food-inspectors");

        var assignees = new ArrayList<String>();
        for (var premises : List.of("The Crown", "Happy Noodle", "Bridge Cafe", "Corner Bakery")) {
            var task = start(ann, process, Map.of("premises", premises))
                    .path("openTasks")
                    .get(0);
            assertThat(task.path("state").asString()).isEqualTo("claimed");
            assertThat(task.path("team").asString()).isEqualTo(council.named("food-inspectors"));
            assignees.add(task.path("assignee").asString());
        }

        assertThat(assignees).containsExactly(ann.username(), bob.username(), cat.username(), ann.username());
        assertThat(ann.api().get("/api/v1/tasks/mine").json().path("tasks").size())
                .isEqualTo(2);
        assertThat(bob.api().get("/api/v1/tasks/mine").json().path("tasks").size())
                .isEqualTo(1);
        assertThat(cat.api().get("/api/v1/tasks/mine").json().path("tasks").size())
                .isEqualTo(1);
    }

    @Test
    void theOfficerWhoVisitedIsGivenTheWriteUp() {
        var ian = council.officer("ian", "noise-officers");
        council.officer("ivy", "noise-officers");
        var process = publish("allocate-to-the-same-officer", "noise-officers", "noise-admin");
        var created = start(ian, process, Map.of("needs-visit", true));
        var visit = created.path("openTasks").get(0).path("id").asString();
        assertThat(ian.api().post("/api/v1/tasks/" + visit + "/claim", Map.of()).status())
                .isEqualTo(200);

        var completed = ian.api()
                .post(
                        "/api/v1/tasks/" + visit + "/complete",
                        Map.of("data", Map.of("findings", "Music audible from the street at 2am.")));

        assertThat(completed.status()).as(completed.toString()).isEqualTo(200);
        var atWriteUp =
                ian.api().get("/api/v1/cases/" + created.path("id").asString()).json();
        assertThat(atWriteUp.path("currentStep").asString()).isEqualTo("write-up");
        var writeUp = atWriteUp.path("openTasks").get(0);
        assertThat(writeUp.path("assignee").asString()).isEqualTo(ian.username());
        assertThat(writeUp.path("state").asString()).isEqualTo("claimed");
        assertThat(ids(ian.api().get("/api/v1/tasks/mine").json().path("tasks")))
                .containsExactly(writeUp.path("id").asString());
    }

    @Test
    void withoutAnEarlierOfficerTheWriteUpGoesToTheFallbackTeam() {
        var clerk = council.officer("nina", "noise-admin");
        var process = publish("allocate-to-the-same-officer", "noise-officers", "noise-admin");

        var created = start(clerk, process, Map.of("needs-visit", false));

        assertThat(created.path("currentStep").asString()).isEqualTo("write-up");
        var writeUp = created.path("openTasks").get(0);
        assertThat(writeUp.path("team").asString()).isEqualTo(council.named("noise-admin"));
        assertThat(writeUp.path("state").asString()).isEqualTo("open");
        assertThat(writeUp.path("assignee").isNull()).isTrue();
        assertThat(ids(clerk.api()
                        .get("/api/v1/teams/" + council.named("noise-admin") + "/queue")
                        .json()
                        .path("tasks")))
                .containsExactly(writeUp.path("id").asString());
    }

    /** Publishes {@code <name>.json} with its key and the given teams or users made this council's own. */
    private String publish(String name, String... teamsAndUsers) {
        var names = new ArrayList<String>(List.of(name));
        names.addAll(List.of(teamsAndUsers));
        return council.publish(
                admin.api(), council.process(name + ".json", names.toArray(String[]::new)), council.named(name));
    }

    private static JsonNode start(TestCouncil.Officer officer, String process, Map<String, Object> data) {
        var started = officer.api().post("/api/v1/cases", Map.of("process", process, "data", data));
        assertThat(started.status()).as(started.toString()).isEqualTo(201);
        return started.json();
    }

    private static String teamOf(JsonNode created) {
        return created.path("openTasks").get(0).path("team").asString();
    }

    private static List<String> ids(JsonNode tasks) {
        var ids = new ArrayList<String>();
        tasks.forEach(t -> ids.add(t.path("id").asString()));
        return ids;
    }
}
