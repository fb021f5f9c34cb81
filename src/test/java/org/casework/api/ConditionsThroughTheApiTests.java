package org.casework.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casework.api.ProblemAssertions.assertProblem;

import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.casework.identity.ApiKeys;
import org.casework.identity.Staff;
import org.casework.support.IntegrationTest;
import org.casework.support.TestCouncil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Branch conditions decided on real case data started over the API: one route per operator, per combinator and for
 * FEEL, and a condition that cannot be decided stops the start with nothing written.
 */
@IntegrationTest
class ConditionsThroughTheApiTests {

    @Autowired
    Staff staff;

    @Autowired
    ApiKeys apiKeys;

    @LocalServerPort
    int port;

    TestCouncil council;
    TestCouncil.Officer admin;
    TestCouncil.Officer officer;
    String process;

    @BeforeEach
    void publishTheRoutingProcess() {
        council = new TestCouncil(staff, apiKeys, port);
        admin = council.admin();
        officer = council.officer("olu", "condition-checkers");
        process = council.publish(
                admin.api(),
                council.process("route-by-conditions.json", "route-by-conditions", "condition-checkers"),
                council.named("route-by-conditions"));
    }

    /**
     * Each case is an ordinary report that matches no route, changed in one field so that exactly its own route holds
     * and every route before it still does not.
     */
    static Stream<Arguments> routes() {
        return Stream.of(
                route("equals", Map.of("colour", "red"), "red-reports"),
                route("not-equals", Map.of("priority", "high"), "unusual-priority"),
                route("greater-than", Map.of("amount", 1500), "large-amounts"),
                route("greater-than, on a number typed as text", Map.of("size", "12"), "size-compared"),
                route("less-than", Map.of("amount", -20), "refunds"),
                route("between, lower bound included", Map.of("amount", 10), "small-claims"),
                route("between, upper bound included", Map.of("amount", 20), "small-claims"),
                route("is-not-empty", Map.of("note", "Called twice already"), "noted-reports"),
                route("is-empty, on a blank answer", Map.of("reference", ""), "unreferenced-reports"),
                route("one-of", Map.of("colour", "blue"), "cool-colours"),
                route("contains, ignoring case", Map.of("description", "URGENT: wall falling down"), "urgent-reports"),
                route("all", Map.of("resident", true), "adult-residents"),
                route("any", Map.of("ward", "east"), "north-or-east"),
                route("not", Map.of("age", 12), "minors"),
                route("a FEEL expression", Map.of("amount", 50), "feel-matches"),
                route("no route holds", Map.of(), "no-rule-matched"));
    }

    private static Arguments route(String holding, Map<String, Object> change, String step) {
        return Arguments.of(holding, change, step);
    }

    @ParameterizedTest(name = "{0} leads to {2}")
    @MethodSource("routes")
    void aCaseIsRoutedByTheFirstConditionThatHolds(String holding, Map<String, Object> change, String step) {
        var data = ordinaryReport();
        data.putAll(change);

        var started = officer.api().post("/api/v1/cases", Map.of("process", process, "data", data));

        assertThat(started.status()).as(started.toString()).isEqualTo(201);
        var created = started.json();
        assertThat(created.path("currentStep").asString()).as(holding).isEqualTo(step);
        assertThat(created.path("openTasks").get(0).path("step").asString()).isEqualTo(step);
        var timeline = officer.api()
                .get("/api/v1/cases/" + created.path("id").asString() + "/timeline")
                .json();
        var routeChosen = false;
        for (var entry : timeline) {
            if (entry.path("type").asString().equals("step-completed")
                    && entry.path("step").asString().equals("route")) {
                assertThat(entry.path("detail").path("next").asString()).isEqualTo(step);
                routeChosen = true;
            }
        }
        assertThat(routeChosen).as("the branch records the route it chose").isTrue();
    }

    @Test
    void aComparisonThatCannotBeMadeRefusesTheCaseNamingTheStepTheConditionAndTheField() {
        var data = ordinaryReport();
        data.put("size", "quite big");

        var refused = officer.api().post("/api/v1/cases", Map.of("process", process, "data", data));

        var problem = assertProblem(refused, 422);
        assertThat(problem.path("detail").asString())
                .contains("step 'route', route 1")
                .contains("field 'size'")
                .contains("'quite big'")
                .contains("greater-than")
                .contains("10");
        assertThat(ProblemAssertions.errors(problem)).containsOnlyKeys("data.size");
        assertThat(casesOf(process)).isZero();
    }

    @Test
    void aFeelExpressionThatCannotBeDecidedRefusesTheCaseNamingTheStepAndTheExpression() {
        var broken = council.publish(
                admin.api(),
                council.process(
                        "route-by-a-broken-feel-expression.json",
                        "route-by-a-broken-feel-expression",
                        "condition-checkers"),
                council.named("route-by-a-broken-feel-expression"));

        var refused =
                officer.api().post("/api/v1/cases", Map.of("process", broken, "data", Map.of("reference", "ABC-123")));

        var problem = assertProblem(refused, 422);
        assertThat(problem.path("detail").asString())
                .contains("step 'route', route 1")
                .contains("FEEL expression 'reference + 1 > 2'")
                .contains("not true or false");
        assertThat(casesOf(broken)).isZero();
    }

    /** A report that every route passes over: all its fields are filled, none as any route wants. */
    private static Map<String, Object> ordinaryReport() {
        var data = new HashMap<String, Object>();
        data.put("colour", "yellow");
        data.put("priority", "normal");
        data.put("amount", 5);
        data.put("reference", "R-1");
        data.put("description", "A broken bench by the pond");
        data.put("age", 30);
        data.put("resident", false);
        data.put("ward", "south");
        return data;
    }

    private int casesOf(String processKey) {
        var listed = officer.api().get("/api/v1/cases?process=" + processKey);
        assertThat(listed.status()).isEqualTo(200);
        return listed.json().path("cases").size();
    }
}
