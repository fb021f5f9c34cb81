package org.casework.casefile.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.casework.identity.ApiKeys;
import org.casework.identity.Role;
import org.casework.identity.Staff;
import org.casework.registry.GazetteerImports;
import org.casework.registry.NewPerson;
import org.casework.registry.People;
import org.casework.support.Browser;
import org.casework.support.BrowserTest;
import org.casework.support.TestCouncil;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An officer puts someone from the register on a case in a real browser: found by a misspelt name, refused until a
 * role is chosen, then listed as the case's main person, linked to their page, whose cases list this one. Every page
 * passes axe-core.
 */
@BrowserTest
class CasePeopleInTheBrowserTests {

    private final Browser browser;

    CasePeopleInTheBrowserTests(Browser browser) {
        this.browser = browser;
    }

    @Autowired
    Staff staff;

    @Autowired
    ApiKeys apiKeys;

    @Autowired
    People people;

    @Autowired
    GazetteerImports gazetteer;

    @LocalServerPort
    int port;

    @Test
    void anOfficerFindsAPersonByAMisspeltNameAndPutsThemOnTheCase() {
        var council = new TestCouncil(staff, apiKeys, port);
        var process = council.publishReportAProblem(council.admin().api());
        var officer = council.signInOfficer("alex", Set.of(Role.OFFICER), "highways");
        var family = "Thompson" + council.named("x").replace("-", "").substring(1);
        people.add(new NewPerson("Stephen", family, "1975-06-01"), true, "test");
        var reference = officer.api()
                .post("/api/v1/cases", Map.of("process", process, "data", Map.of("category", "pothole")))
                .text("/reference");

        browser.signIn(officer.username(), TestCouncil.PASSWORD).visit("/cases/" + reference + "/file");
        browser.press("People and place");
        assertThat(browser.text("#no-people")).contains("Nobody from the register");
        browser.assertAccessible();

        browser.type("#name", "Steven " + family).press("Search the register");
        assertThat(browser.text("main")).contains("Stephen " + family, "born 1 June 1975");
        browser.choose("Stephen " + family + ", born 1 June 1975").press("Add to the case");
        assertThat(browser.title()).startsWith("Error:");
        assertThat(browser.text(".govuk-error-summary")).contains("is not one of the case roles");
        browser.assertAccessible();

        browser.choose("Stephen " + family + ", born 1 June 1975")
                .select("#role", "applicant")
                .press("Add to the case");
        assertThat(browser.text(".govuk-notification-banner"))
                .contains("Stephen " + family + " is on the case as applicant");
        assertThat(browser.rows("#case-people"))
                .singleElement()
                .satisfies(row -> assertThat(row)
                        .anySatisfy(cell -> assertThat(cell).contains("Stephen " + family, "Main person"))
                        .contains("Applicant"));
        browser.assertAccessible();

        browser.press("Stephen " + family);
        assertThat(browser.pageText()).contains(reference);
    }

    @Test
    void anOfficerFindsTheCasesAddressByPostcodeAndThePlacePageListsTheCase() {
        var council = new TestCouncil(staff, apiKeys, port);
        var process = council.publishReportAProblem(council.admin().api());
        var officer = council.signInOfficer("alex", Set.of(Role.OFFICER), "highways");
        var uprn = 710_000_000_000L + ThreadLocalRandom.current().nextLong(1_000_000_000L) * 10;
        var header = "UPRN,USRN,PARENT_UPRN,SAO_START_NUMBER,SAO_START_SUFFIX,SAO_END_NUMBER,SAO_END_SUFFIX,"
                + "SAO_TEXT,PAO_START_NUMBER,PAO_START_SUFFIX,PAO_END_NUMBER,PAO_END_SUFFIX,PAO_TEXT,STREET_DESCRIPTION,"
                + "LOCALITY,TOWN_NAME,POSTCODE_LOCATOR,X_COORDINATE,Y_COORDINATE,LATITUDE,LONGITUDE,CLASS";
        var file = header + "\r\n"
                + uprn + ",21700500,,,,,,,7,,,,,Quarry Lane,,Anytown,QL1 7AA,400000.00,200000.00,51.7,-2.0,RD04\r\n"
                + (uprn + 1)
                + ",21700500,,,,,,,9,,,,,Quarry Lane,,Anytown,QL1 7AA,400020.00,200000.00,51.7,-2.0,RD04\r\n";
        gazetteer.importNow(
                "addressbase",
                "quarry-lane.csv",
                new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)),
                "ada");
        var reference = officer.api()
                .post("/api/v1/cases", Map.of("process", process, "data", Map.of("category", "pothole")))
                .text("/reference");

        browser.signIn(officer.username(), TestCouncil.PASSWORD).visit("/cases/" + reference + "/people");
        assertThat(browser.text("#no-place")).contains("no place yet");
        browser.type("#postcode", "ql17aa").press("Find address");
        browser.assertAccessible();
        browser.select("#uprn", Long.toString(uprn + 1)).press("Use this address");

        assertThat(browser.text(".govuk-notification-banner")).contains("The case's place is set");
        assertThat(browser.text("#case-place")).contains("9 Quarry Lane, Anytown, QL1 7AA");
        browser.assertAccessible();

        browser.press("9 Quarry Lane");
        assertThat(browser.path()).isEqualTo("/places/" + (uprn + 1));
        assertThat(browser.pageText()).contains(reference);
        browser.assertAccessible();
    }
}
