package org.casework.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casework.api.ProblemAssertions.assertProblem;
import static org.casework.api.ProblemAssertions.errors;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.casework.identity.ApiKeys;
import org.casework.identity.Staff;
import org.casework.registry.GazetteerImports;
import org.casework.registry.PlaceCases;
import org.casework.registry.Uprn;
import org.casework.support.IntegrationTest;
import org.casework.support.TestCouncil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The place a case is about, through the REST API: an address of the gazetteer by UPRN, on the timeline when set; an
 * address the gazetteer does not hold is refused naming the field; and the place page's list of cases at an address
 * shows only those its reader may see.
 */
@IntegrationTest
class CasePlaceThroughTheApiTests {

    @Autowired
    Staff staff;

    @Autowired
    ApiKeys apiKeys;

    @Autowired
    GazetteerImports gazetteer;

    @Autowired
    PlaceCases placeCases;

    @LocalServerPort
    int port;

    TestCouncil council;
    String process;
    TestCouncil.Officer highways;
    long number;

    @BeforeEach
    void aStreetInTheGazetteer() {
        council = new TestCouncil(staff, apiKeys, port);
        process = council.publishReportAProblem(council.admin().api());
        highways = council.officer("hana", "highways");
        number = 700_000_000_000L + ThreadLocalRandom.current().nextLong(1_000_000_000L) * 10;
        var file = PlacesThroughTheApiTests.HEADER + "\r\n"
                + number + ",21700500,,,,,,,7,,,,,Orchard Way,,Anytown,NP1 1AB,400000.00,200000.00,51.7,-2.0,RD04\r\n"
                + (number + 1)
                + ",21700500,,,,,,,9,,,,,Orchard Way,,Anytown,NP1 1AB,400020.00,200000.00,51.7,-2.0,RD04\r\n";
        gazetteer.importNow(
                "addressbase",
                "orchard-way.csv",
                new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)),
                "ada");
    }

    @Test
    void aCaseIsPutAtAnAddressOfTheGazetteerAndTakenOffItAgain() {
        var caseId = startPothole(highways);

        var set = highways.api().put(place(caseId), Map.of("uprn", Long.toString(number)));
        assertThat(set.status()).as(set.toString()).isEqualTo(200);
        assertThat(set.text("/address")).isEqualTo("7 Orchard Way, Anytown, NP1 1AB");
        assertThat(highways.api().get(place(caseId)).text("/uprn")).isEqualTo(Long.toString(number));
        assertThat(highways.api()
                        .get("/api/v1/cases/" + caseId + "/timeline")
                        .json()
                        .findValuesAsString("type"))
                .contains("place-set");

        assertThat(highways.api().delete(place(caseId)).status()).isEqualTo(204);
        assertThat(highways.api().get(place(caseId)).status()).isEqualTo(204);
    }

    @Test
    void anAddressTheGazetteerDoesNotHoldIsRefusedNamingTheField() {
        var caseId = startPothole(highways);

        var unknown = assertProblem(highways.api().put(place(caseId), Map.of("uprn", "123")), 422);
        assertThat(errors(unknown)).containsEntry("uprn", "There is no address with UPRN 123 in the gazetteer");
        var malformed = assertProblem(highways.api().put(place(caseId), Map.of("uprn", "the town hall")), 422);
        assertThat(errors(malformed)).containsKey("uprn");
        assertThat(highways.api().get(place(caseId)).status()).isEqualTo(204);
    }

    @Test
    void theCasesAtAnAddressAreOnlyThoseTheReaderMaySee() {
        var environment = council.officer("erin", "environment");
        var pothole = startPothole(highways);
        var flytip = environment
                .api()
                .post("/api/v1/cases", Map.of("process", process, "data", Map.of("category", "flytipping")))
                .text("/id");
        highways.api().put(place(pothole), Map.of("uprn", Long.toString(number)));
        environment.api().put(place(flytip), Map.of("uprn", Long.toString(number + 1)));

        var seen = placeCases.atPlaces(
                List.of(new Uprn(number), new Uprn(number + 1)),
                staff.principal(highways.username()).orElseThrow());

        assertThat(seen).singleElement().satisfies(line -> {
            assertThat(line.uprn()).isEqualTo(new Uprn(number));
            assertThat(line.reference())
                    .isEqualTo(highways.api().get("/api/v1/cases/" + pothole).text("/reference"));
        });
    }

    private String startPothole(TestCouncil.Officer officer) {
        var started =
                officer.api().post("/api/v1/cases", Map.of("process", process, "data", Map.of("category", "pothole")));
        assertThat(started.status()).as(started.toString()).isEqualTo(201);
        return started.text("/id");
    }

    private static String place(String caseId) {
        return "/api/v1/cases/" + caseId + "/place";
    }
}
