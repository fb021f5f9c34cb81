package org.casework.forms.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.casework.identity.ApiKeys;
import org.casework.identity.Role;
import org.casework.identity.Staff;
import org.casework.registry.GazetteerImports;
import org.casework.support.Browser;
import org.casework.support.BrowserTest;
import org.casework.support.TestCouncil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A resident reports a blocked drain on an online form whose first question is an address, in GOV.UK's "find an
 * address" pattern: found by postcode among the council's places (the case keeps the UPRN), or typed by hand when it is
 * not in the list, with what is missing explained and nothing typed lost. Every page passes axe-core.
 */
@BrowserTest
class AnsweringAnAddressInTheBrowserTests {

    private final Browser browser;

    AnsweringAnAddressInTheBrowserTests(Browser browser) {
        this.browser = browser;
    }

    @Autowired
    Staff staff;

    @Autowired
    ApiKeys apiKeys;

    @Autowired
    GazetteerImports gazetteer;

    @LocalServerPort
    int port;

    TestCouncil.Officer officer;
    String process;
    String postcode;
    long uprn;

    @BeforeEach
    void aCouncilWithTwoAddressesOnWeirRoad() {
        var council = new TestCouncil(staff, apiKeys, port);
        var admin = council.officer("admin", Set.of(Role.ADMIN));
        officer = council.officer("dee", "drainage");
        process = council.publish(
                admin.api(),
                council.process("report-a-blocked-drain.json", "report-a-blocked-drain", "drainage"),
                council.named("report-a-blocked-drain"));
        var random = ThreadLocalRandom.current();
        // A postcode and UPRNs of this test's own: other tests' imports retire what their files leave out.
        // The last two letters of a real postcode are never C, I, K, M, O or V.
        var letters = "ABDEFGHJLNPQRSTUWXYZ";
        postcode = "NP" + random.nextInt(10, 99) + " " + random.nextInt(1, 9)
                + letters.charAt(random.nextInt(letters.length())) + letters.charAt(random.nextInt(letters.length()));
        uprn = 740_000_000_000L + random.nextLong(1_000_000_000L) * 10;
        var header = "UPRN,USRN,PARENT_UPRN,SAO_START_NUMBER,SAO_START_SUFFIX,SAO_END_NUMBER,SAO_END_SUFFIX,"
                + "SAO_TEXT,PAO_START_NUMBER,PAO_START_SUFFIX,PAO_END_NUMBER,PAO_END_SUFFIX,PAO_TEXT,STREET_DESCRIPTION,"
                + "LOCALITY,TOWN_NAME,POSTCODE_LOCATOR,X_COORDINATE,Y_COORDINATE,LATITUDE,LONGITUDE,CLASS";
        var file = header + "\r\n"
                + uprn + ",21700500,,,,,,,3,,,,,Weir Road,Riverside,Anytown," + postcode
                + ",400000,200000,51.7,-2.0,RD04\r\n"
                + (uprn + 1) + ",21700500,,,,,,,5,,,,,Weir Road,Riverside,Anytown," + postcode
                + ",400010,200000,51.7,-2.0,RD04\r\n";
        gazetteer.importNow(
                "addressbase", "weir-road.csv", new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)), "ada");
    }

    @Test
    void aResidentFindsTheAddressByPostcodeAndTheCaseKeepsItsUprn() {
        browser.visit("/portal/services/" + process).press("Start now");
        assertThat(browser.heading()).contains("Where is the blocked drain?");
        browser.assertAccessible();

        browser.press("Continue");
        assertThat(browser.title()).startsWith("Error:");
        assertThat(browser.text(".govuk-error-summary"))
                .contains("Enter a postcode and select an address, or enter the address");
        browser.assertAccessible();

        browser.type("#postcode", postcode).press("Find address");
        assertThat(browser.all("#uprn option")).hasSize(3);
        assertThat(browser.text("#uprn")).contains("3 Weir Road, Riverside, Anytown, " + postcode);
        browser.assertAccessible();
        browser.press("Continue");
        assertThat(browser.text(".govuk-error-summary")).contains("Select your address from the list");

        browser.select("#uprn", Long.toString(uprn)).press("Continue");
        assertThat(browser.heading()).as(browser::pageText).contains("About the drain");
        browser.type("#field-email", "resident@example.com").press("Continue");

        assertThat(browser.heading()).isEqualTo("Check your answers before sending");
        assertThat(browser.text("#change-where-answer")).isEqualTo("3 Weir Road\nRiverside\nAnytown\n" + postcode);
        browser.assertAccessible();
        browser.press("Accept and send");
        var reference = browser.text("#reference");

        var kase = officer.api().get("/api/v1/cases/by-reference/" + reference);
        assertThat(kase.status()).as(kase.toString()).isEqualTo(200);
        var where = kase.json().path("data").path("where");
        assertThat(where.path("uprn").asString()).isEqualTo(Long.toString(uprn));
        assertThat(where.path("postcode").asString()).isEqualTo(postcode);
        assertThat(where.path("lines").toString()).isEqualTo("[\"3 Weir Road\",\"Riverside\",\"Anytown\"]");
        var found = officer.api().get("/api/v1/cases?process=" + process + "&postcode=" + postcode.replace(" ", ""));
        assertThat(found.json().path("cases").toString())
                .as("the address's postcode is where the case is for searches")
                .contains(reference);
    }

    @Test
    void aResidentWhoseAddressIsNotListedTypesItAndIsToldWhatIsMissing() {
        browser.visit("/portal/services/" + process).press("Start now");
        browser.type("#postcode", postcode).press("Find address").press("I cannot find the address in the list");
        assertThat(browser.find("#postcode").getAttribute("value")).isEqualTo(postcode);
        browser.assertAccessible();

        browser.type("#line1", "The Old Pump House").press("Continue");
        assertThat(browser.text(".govuk-error-summary")).contains("Enter town or city");
        assertThat(browser.find("#line1").getAttribute("value"))
                .as("what was typed is kept")
                .isEqualTo("The Old Pump House");
        browser.assertAccessible();

        browser.type("#town", "Anytown").press("Continue");
        assertThat(browser.heading()).as(browser::pageText).contains("About the drain");
        browser.press("Continue");
        assertThat(browser.heading()).as(browser::pageText).isEqualTo("Check your answers before sending");
        assertThat(browser.text("#change-where-answer")).isEqualTo("The Old Pump House\nAnytown\n" + postcode);
        browser.press("Accept and send");
        var reference = browser.text("#reference");

        var where = officer.api()
                .get("/api/v1/cases/by-reference/" + reference)
                .json()
                .path("data")
                .path("where");
        assertThat(where.has("uprn")).as("a typed address has no UPRN").isFalse();
        assertThat(where.path("lines").toString()).isEqualTo("[\"The Old Pump House\",\"Anytown\"]");
    }
}
