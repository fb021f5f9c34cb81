package org.casework.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casework.api.ProblemAssertions.assertProblem;
import static org.casework.api.ProblemAssertions.errors;

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
 * An address answer over the API, from staff starting a case and from the citizens' app making a request: its lines,
 * postcode and UPRN kept together, the postcode finding the case, and anything that is not an address refused
 * naming the field with nothing started.
 */
@IntegrationTest
class AddressesThroughTheApiTests {

    @Autowired
    Staff staff;

    @Autowired
    ApiKeys apiKeys;

    @LocalServerPort
    int port;

    TestCouncil council;
    TestCouncil.Officer officer;
    String process;

    @BeforeEach
    void publishTheBlockedDrainProcess() {
        council = new TestCouncil(staff, apiKeys, port);
        officer = council.officer("dee", "drainage");
        process = council.publish(
                council.admin().api(),
                council.process("report-a-blocked-drain.json", "report-a-blocked-drain", "drainage"),
                council.named("report-a-blocked-drain"));
    }

    @Test
    void aCaseStartedByStaffKeepsTheAddressAndIsFoundByItsPostcode() {
        var started = officer.api()
                .post(
                        "/api/v1/cases",
                        Map.of(
                                "process",
                                process,
                                "data",
                                Map.of(
                                        "where",
                                        Map.of(
                                                "uprn", "100023336956",
                                                "lines", List.of("10 Downing Street", "London"),
                                                "postcode", "sw1a2aa"))));

        assertThat(started.status()).as(started.toString()).isEqualTo(201);
        var where = started.json().path("data").path("where");
        assertThat(where.path("postcode").asString()).isEqualTo("SW1A 2AA");
        assertThat(where.path("uprn").asString()).isEqualTo("100023336956");
        var found = officer.api().get("/api/v1/cases?process=" + process + "&postcode=SW1A2AA");
        assertThat(found.json().path("cases").size()).isEqualTo(1);
    }

    @Test
    void textWhereAnAddressBelongsIsRefusedNamingTheFieldAndStartsNothing() {
        var refused = officer.api()
                .post("/api/v1/cases", Map.of("process", process, "data", Map.of("where", "10 Downing Street")));

        assertThat(errors(assertProblem(refused, 422)))
                .containsEntry("data.where", "must be an address: lines (one to 4), a postcode, and optionally a UPRN");
        assertThat(officer.api()
                        .get("/api/v1/cases?process=" + process)
                        .json()
                        .path("cases")
                        .size())
                .isZero();
    }

    @Test
    void aCitizensAppSendsTheAddressAsItsParts() {
        var app = new CouncilApp(port);
        var citizen = app.app(app.signedIn(council.named("ria") + "@example.com", "Ria", "Patel"));

        var wrong = citizen.post(
                "/api/v1/citizen/requests",
                Map.of(
                        "service",
                        process,
                        "answers",
                        Map.of("where", Map.of("lines", List.of("3 Weir Road"), "postcode", "nowhere"))));
        assertThat(errors(assertProblem(wrong, 422))).containsOnlyKeys("answers.where");

        var made = citizen.post(
                "/api/v1/citizen/requests",
                Map.of(
                        "service",
                        process,
                        "answers",
                        Map.of("where", Map.of("lines", List.of("3 Weir Road", "Anytown"), "postcode", "NP1 2AB"))));
        assertThat(made.status()).as(made.toString()).isEqualTo(201);
        var kase = officer.api().get("/api/v1/cases/by-reference/" + made.text("/reference"));
        assertThat(kase.json().path("data").path("where").path("lines").toString())
                .isEqualTo("[\"3 Weir Road\",\"Anytown\"]");
    }
}
