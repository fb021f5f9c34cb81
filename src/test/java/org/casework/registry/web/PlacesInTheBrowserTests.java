package org.casework.registry.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Set;
import org.casework.identity.ApiKeys;
import org.casework.identity.Role;
import org.casework.identity.Staff;
import org.casework.support.AuthenticatorApp;
import org.casework.support.Browser;
import org.casework.support.BrowserTest;
import org.casework.support.TestCouncil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An administrator loads a gazetteer file in a real browser, watches the import finish and reads the row it
 * rejected; then finds an address by postcode with the address picker and opens the place. Every page passes axe-core.
 */
@BrowserTest
class PlacesInTheBrowserTests {

    static final String FILE = "UPRN,USRN,PARENT_UPRN,SAO_START_NUMBER,SAO_START_SUFFIX,SAO_END_NUMBER,"
            + "SAO_END_SUFFIX,SAO_TEXT,PAO_START_NUMBER,PAO_START_SUFFIX,PAO_END_NUMBER,PAO_END_SUFFIX,PAO_TEXT,"
            + "STREET_DESCRIPTION,LOCALITY,TOWN_NAME,POSTCODE_LOCATOR,X_COORDINATE,Y_COORDINATE,LATITUDE,LONGITUDE,CLASS\r\n"
            + "550000000001,21700600,,,,,,,12,,,,Rose Court,Hill Road,,Anytown,TR1 2AB,450000,150000,,,PP\r\n"
            + "550000000002,21700600,550000000001,2,,,,Flat,12,,,,Rose Court,Hill Road,,Anytown,TR1 2AB,450000,150000,,,RD06\r\n"
            + "550000000003,21700600,,,,,,,14,,,,,Hill Road,,Anytown,TR1 2AB,450010,150000,,,RD04\r\n"
            + "550000000004,21700600,,,,,,,16,,,,,Hill Road,,Anytown,NOWHERE,450020,150000,,,RD04\r\n";

    private final Browser browser;

    PlacesInTheBrowserTests(Browser browser) {
        this.browser = browser;
    }

    @Autowired
    Staff staff;

    @Autowired
    ApiKeys apiKeys;

    @LocalServerPort
    int port;

    @BeforeEach
    void anAdministratorSignedInWithTwoFactor() {
        var council = new TestCouncil(staff, apiKeys, port);
        var admin = council.signInOfficer("ada", Set.of(Role.ADMIN));
        browser.signIn(admin.username(), TestCouncil.PASSWORD);
        var app = new AuthenticatorApp(browser.text("#secret"));
        browser.type("#code", app.nextCode()).press("Turn on two-factor sign-in");
    }

    @Test
    void anAdministratorLoadsAGazetteerFileAndAnOfficerPicksAnAddressByPostcode() throws IOException {
        browser.visit("/places").press("Load the gazetteer from a file");
        assertThat(browser.heading()).isEqualTo("Load the gazetteer");
        browser.assertAccessible();

        browser.press("Start the import");
        assertThat(browser.title()).startsWith("Error:");
        assertThat(browser.text(".govuk-error-summary")).contains("Select a gazetteer file");
        browser.assertAccessible();

        var file = Files.createTempFile("hill-road", ".csv");
        Files.writeString(file, FILE);
        browser.choose("AddressBase (one row per address)");
        browser.find("#file").sendKeys(file.toAbsolutePath().toString());
        browser.press("Start the import");
        Files.delete(file);

        assertThat(browser.path()).startsWith("/admin/gazetteer/imports/");
        browser.waitForText("#import-status", "Finished");
        assertThat(browser.text("#rows-read")).isEqualTo("4");
        assertThat(browser.text("#rows-rejected")).isEqualTo("1");
        assertThat(browser.rows("#rejections"))
                .containsExactly(java.util.List.of("5", "POSTCODE_LOCATOR ‘NOWHERE’ is not a postcode"));
        browser.assertAccessible();

        browser.visit("/places").type("#postcode", "tr12ab").press("Find address");
        assertThat(browser.find("#postcode").getAttribute("value")).isEqualTo("TR1 2AB");
        assertThat(browser.all("#uprn option").stream().map(o -> o.getText()).toList())
                .containsExactly(
                        "3 addresses found",
                        "Rose Court, 12 Hill Road, Anytown, TR1 2AB",
                        "Flat 2, Rose Court, 12 Hill Road, Anytown, TR1 2AB",
                        "14 Hill Road, Anytown, TR1 2AB");
        browser.assertAccessible();

        browser.select("#uprn", "550000000002").press("Use this address");
        assertThat(browser.path()).isEqualTo("/places/550000000002");
        assertThat(browser.heading()).isEqualTo("Flat 2, Rose Court, 12 Hill Road, Anytown, TR1 2AB");
        assertThat(browser.text("#parent")).isEqualTo("Rose Court, 12 Hill Road, Anytown, TR1 2AB");
        assertThat(browser.text("#no-cases-here")).isEqualTo("There are no cases at this address.");
        assertThat(browser.rows("#nearby")).contains(java.util.List.of("14 Hill Road, Anytown, TR1 2AB", "10 m"));
        browser.assertAccessible();

        browser.visit("/places").type("#q", "14 hill").submit("Search");
        assertThat(browser.text("#results")).isEqualTo("14 Hill Road, Anytown, TR1 2AB");
        browser.visit("/places")
                .type("#postcode", "TR1 2AB")
                .press("Find address")
                .press("I cannot find the address in the list");
        assertThat(browser.find("#line1").isDisplayed()).isTrue();
        browser.assertAccessible();
    }
}
