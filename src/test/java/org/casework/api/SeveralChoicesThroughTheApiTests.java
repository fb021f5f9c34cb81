package org.casework.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casework.api.ProblemAssertions.assertProblem;

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

/**
 * Cases started over the API with a {@code choices} field (several services wanted from one booking): the options
 * are kept as a list in the process's order, a branch routes on what the list contains, and an option the process
 * does not offer is refused naming the field.
 */
@IntegrationTest
class SeveralChoicesThroughTheApiTests {

    @Autowired
    Staff staff;

    @Autowired
    ApiKeys apiKeys;

    @LocalServerPort
    int port;

    TestCouncil.Officer officer;
    String process;

    @BeforeEach
    void publishTheBulkyWasteProcess() {
        var council = new TestCouncil(staff, apiKeys, port);
        var admin = council.admin();
        officer = council.officer("kit", "collection-crews");
        process = council.publish(
                admin.api(),
                council.process("bulky-waste-collection.json", "bulky-waste-collection", "collection-crews"),
                council.named("bulky-waste-collection"));
    }

    @Test
    void aCaseKeepsTheServicesChosenInTheProcesssOrderEachOnce() {
        var started = start(Map.of("services", List.of("tyres", "garden", "tyres")));

        assertThat(started.status()).as(started.toString()).isEqualTo(201);
        var kase = started.json();
        assertThat(kase.path("data").path("services").valueStream().map(node -> node.asString()))
                .containsExactly("garden", "tyres");
        assertThat(kase.path("currentStep").asString()).isEqualTo("collect");
    }

    @Test
    void aBookingThatIncludesAFridgeGoesToTheFridgeCollection() {
        var started = start(Map.of("services", List.of("garden", "fridge")));

        assertThat(started.status()).as(started.toString()).isEqualTo(201);
        assertThat(started.json().path("currentStep").asString()).isEqualTo("collect-fridge");
    }

    @Test
    void oneServiceOnItsOwnIsAListOfOne() {
        var started = start(Map.of("services", "bulky"));

        assertThat(started.status()).as(started.toString()).isEqualTo(201);
        assertThat(started.json().path("data").path("services").valueStream().map(node -> node.asString()))
                .containsExactly("bulky");
    }

    @Test
    void aServiceTheProcessDoesNotOfferIsRefusedNamingTheFieldAndTheOption() {
        var refused = start(Map.of("services", List.of("garden", "rubble")));

        var problem = assertProblem(refused, 422);
        var errors = ProblemAssertions.errors(problem);
        assertThat(errors).containsOnlyKeys("data.services");
        assertThat(errors.get("data.services")).contains("rubble").contains("garden, bulky, fridge, tyres");
        assertThat(officer.api()
                        .get("/api/v1/cases?process=" + process)
                        .json()
                        .path("cases")
                        .size())
                .isZero();
    }

    @Test
    void nothingChosenForAMandatoryChoicesFieldIsRefused() {
        var refused = start(Map.of("services", List.of()));

        assertThat(ProblemAssertions.errors(assertProblem(refused, 422))).containsOnlyKeys("data.services");
    }

    private org.casework.support.Api.Response start(Map<String, Object> data) {
        return officer.api().post("/api/v1/cases", Map.of("process", process, "data", data));
    }
}
