package org.casework.registry.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Set;
import org.casework.identity.ApiKeys;
import org.casework.identity.Role;
import org.casework.identity.Staff;
import org.casework.registry.GazetteerImports;
import org.casework.registry.PlaceCase;
import org.casework.registry.PlaceCases;
import org.casework.support.IntegrationTest;
import org.casework.support.StaffSession;
import org.casework.support.TestCouncil;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

/**
 * The place page shows the cases a {@link PlaceCases} bean gives for the place (and the flats in it) and for the
 * places nearby; here a stand-in for the case file answers. An address that is not a UPRN, or an unknown UPRN, is
 * GOV.UK's page not found.
 */
@IntegrationTest
@Import(PlacePageTests.CasesAtPlaces.class)
// This context has beans of its own: it must not claim the jobs of the shared contexts.
@TestPropertySource(properties = "casework.jobs.enabled=false")
class PlacePageTests {

    static final String FILE = "UPRN,USRN,PARENT_UPRN,SAO_START_NUMBER,SAO_START_SUFFIX,SAO_END_NUMBER,"
            + "SAO_END_SUFFIX,SAO_TEXT,PAO_START_NUMBER,PAO_START_SUFFIX,PAO_END_NUMBER,PAO_END_SUFFIX,PAO_TEXT,"
            + "STREET_DESCRIPTION,LOCALITY,TOWN_NAME,POSTCODE_LOCATOR,X_COORDINATE,Y_COORDINATE,LATITUDE,LONGITUDE,CLASS\r\n"
            + "440000000001,21700700,,,,,,,3,,,,,Bridge Street,,Anytown,PL1 1AA,460000,160000,,,RD04\r\n"
            + "440000000002,21700700,,,,,,,5,,,,,Bridge Street,,Anytown,PL1 1AA,460015,160000,,,RD04\r\n";

    @TestConfiguration
    static class CasesAtPlaces {
        @Bean
        PlaceCases placeCases() {
            return (uprns, viewer) -> uprns.stream()
                    .filter(uprn -> uprn.value() == 440000000002L)
                    .map(uprn -> new PlaceCase(
                            "RP-2026-000042", "Report a problem", "Open", LocalDate.of(2026, 11, 2), uprn))
                    .toList();
        }
    }

    @Autowired
    GazetteerImports imports;

    @Autowired
    Staff staff;

    @Autowired
    ApiKeys apiKeys;

    @LocalServerPort
    int port;

    @Test
    void thePlacePageShowsTheCasesAtThePlaceAndNearby() {
        imports.importNow(
                "addressbase", "bridge.csv", new ByteArrayInputStream(FILE.getBytes(StandardCharsets.UTF_8)), "ada");
        var officer = new TestCouncil(staff, apiKeys, port).signInOfficer("olu", Set.of(Role.OFFICER));
        var session = StaffSession.signIn(port, officer.username(), TestCouncil.PASSWORD);

        var here = session.get("/places/440000000002").body();
        assertThat(here).contains("5 Bridge Street, Anytown, PL1 1AA").contains("id=\"cases-here\"");
        assertThat(here).contains("RP-2026-000042").contains("2 Nov 2026").contains("id=\"no-cases-nearby\"");

        var nearby = session.get("/places/440000000001").body();
        assertThat(nearby)
                .contains("id=\"no-cases-here\"")
                .contains("id=\"cases-nearby\"")
                .contains("RP-2026-000042");

        assertThat(session.get("/places/12ab").statusCode()).isEqualTo(404);
        assertThat(session.get("/places/123456789012").statusCode()).isEqualTo(404);
    }
}
