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

/** Finding cases by who asked and where: surname prefix and postcode. */
@IntegrationTest
class CaseSearchTests {

    @Autowired
    Staff staff;

    @Autowired
    ApiKeys apiKeys;

    @LocalServerPort
    int port;

    TestCouncil.Officer officer;
    String process;

    @BeforeEach
    void threeReports() {
        var council = new TestCouncil(staff, apiKeys, port);
        officer = council.officer("hal", "highways", "environment", "supervisors");
        process = council.publishReportAProblem(council.admin().api());
        report("Ann Smith", "ann@example.org", "sw1a 1aa");
        report("Bob Smithson", null, "SW1A 2AA");
        report("Cat O'Jones", null, "LS1 1UR");
    }

    @Test
    void aSurnamePrefixFindsEveryCitizenWhoseSurnameStartsWithIt() {
        assertThat(names("surname=smi")).containsExactlyInAnyOrder("Ann Smith", "Bob Smithson");
        assertThat(names("surname=SMITHS")).containsExactly("Bob Smithson");
        assertThat(names("surname=o'j")).containsExactly("Cat O'Jones");
    }

    @Test
    void aSurnameSearchListsBySurnameAndPagesThroughEveryMatchOnce() {
        var first = officer.api()
                .get("/api/v1/cases?process=" + process + "&surname=smi&limit=1")
                .json();
        var second = officer.api()
                .get("/api/v1/cases?process=" + process + "&surname=smi&limit=1&after="
                        + first.path("next").asString())
                .json();

        assertThat(first.path("cases").get(0).path("citizen").path("name").asString())
                .isEqualTo("Ann Smith");
        assertThat(second.path("cases").get(0).path("citizen").path("name").asString())
                .isEqualTo("Bob Smithson");
        assertThat(second.path("next").isNull()).isTrue();
    }

    @Test
    void wildcardsInASurnameAreTakenLiterally() {
        assertThat(names("surname=%25")).isEmpty();
        assertThat(names("surname=_mith")).isEmpty();
    }

    @Test
    void aPostcodeFindsTheCasesThereHoweverItIsTyped() {
        assertThat(names("postcode=SW1A1AA")).containsExactly("Ann Smith");
        assertThat(names("postcode=sw1a%202aa")).containsExactly("Bob Smithson");
    }

    @Test
    void theCaseShowsWhoAskedAndWhere() {
        var found = officer.api()
                .get("/api/v1/cases?process=" + process + "&surname=smith&postcode=SW1A%201AA")
                .json()
                .path("cases")
                .get(0);

        assertThat(found.path("citizen").path("email").asString()).isEqualTo("ann@example.org");
        assertThat(found.path("postcode").asString()).isEqualTo("SW1A 1AA");
    }

    @Test
    void anImpossiblePostcodeIsAMalformedRequest() {
        var answer = officer.api().get("/api/v1/cases?postcode=XYZ");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.text("/errors/0/field")).isEqualTo("postcode");
    }

    private void report(String name, String email, String postcode) {
        var citizen = new java.util.HashMap<String, Object>();
        citizen.put("name", name);
        if (email != null) citizen.put("email", email);
        var started = officer.api()
                .post(
                        "/api/v1/cases",
                        Map.of(
                                "process",
                                process,
                                "citizen",
                                citizen,
                                "data",
                                Map.of("category", "pothole", "postcode", postcode)));
        assertThat(started.status()).as(started.toString()).isEqualTo(201);
    }

    private List<String> names(String query) {
        var answer = officer.api().get("/api/v1/cases?process=" + process + "&" + query);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        var names = new ArrayList<String>();
        answer.json()
                .path("cases")
                .forEach(c -> names.add(c.path("citizen").path("name").asString()));
        return names;
    }
}
