package org.casework.work.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.casework.identity.ApiKeys;
import org.casework.identity.Role;
import org.casework.identity.Staff;
import org.casework.support.Browser;
import org.casework.support.BrowserTest;
import org.casework.support.TestCouncil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An officer taking a report by phone types the address the caller gives, its lines and postcode: a postcode that is
 * not one is explained with the lines kept, and the case shows the address on one line. Every page passes axe-core.
 */
@BrowserTest
class TypingAnAddressInTheBrowserTests {

    private final Browser browser;

    TypingAnAddressInTheBrowserTests(Browser browser) {
        this.browser = browser;
    }

    @Autowired
    Staff staff;

    @Autowired
    ApiKeys apiKeys;

    @LocalServerPort
    int port;

    TestCouncil.Officer officer;
    String process;

    @BeforeEach
    void aCouncilThatClearsDrains() {
        var council = new TestCouncil(staff, apiKeys, port);
        process = council.publish(
                council.admin().api(),
                council.process("report-a-blocked-drain.json", "report-a-blocked-drain", "drainage"),
                council.named("report-a-blocked-drain"));
        officer = council.signInOfficer("dev", Set.of(Role.OFFICER), "drainage");
    }

    @Test
    void anOfficerTypesTheCallersAddressAndTheCaseShowsItOnOneLine() {
        browser.signIn(officer.username(), TestCouncil.PASSWORD);
        browser.visit("/cases/new?process=" + process);
        assertThat(browser.text("#case-details")).contains("Where is the blocked drain?", "Postcode");
        browser.assertAccessible();

        browser.type("#field-where", "14 Mill Lane\nAnytown").type("#field-where-postcode", "not a postcode");
        browser.press("Start case");
        assertThat(browser.text(".govuk-error-summary")).contains("Where is the blocked drain? must have a postcode");
        assertThat(browser.find("#field-where").getAttribute("value")).isEqualTo("14 Mill Lane\nAnytown");
        browser.assertAccessible();

        browser.type("#field-where-postcode", "np20 1ab").press("Start case");
        assertThat(browser.heading()).startsWith("BD-");
        assertThat(browser.text("#case-data")).contains("14 Mill Lane, Anytown, NP20 1AB");
        browser.assertAccessible();
    }
}
