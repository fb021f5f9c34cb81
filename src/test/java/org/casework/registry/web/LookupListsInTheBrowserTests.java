package org.casework.registry.web;

import static org.assertj.core.api.Assertions.assertThat;

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
 * An administrator keeps a lookup list in a real browser: a department of its own, a demand type for it after a
 * mistake the error summary explains, and a value retired and offered again. Every page state passes axe-core.
 */
@BrowserTest
class LookupListsInTheBrowserTests {

    private final Browser browser;

    LookupListsInTheBrowserTests(Browser browser) {
        this.browser = browser;
    }

    @Autowired
    Staff staff;

    @Autowired
    ApiKeys apiKeys;

    @LocalServerPort
    int port;

    TestCouncil council;

    @BeforeEach
    void anAdministratorSignedInWithTwoFactor() {
        council = new TestCouncil(staff, apiKeys, port);
        var admin = council.signInOfficer("ada", Set.of(Role.ADMIN));
        browser.signIn(admin.username(), TestCouncil.PASSWORD);
        var app = new AuthenticatorApp(browser.text("#secret"));
        browser.type("#code", app.nextCode()).press("Turn on two-factor sign-in");
    }

    @Test
    void anAdministratorAddsADepartmentsDemandTypeAfterAMistakeAndRetiresIt() {
        var parks = council.named("parks");
        var fallenTree = council.named("fallen-tree");

        browser.visit("/tasks").press("Lookup lists");
        assertThat(browser.path()).isEqualTo("/admin/lookups");
        browser.assertAccessible();

        browser.press("Departments").press("Add a value");
        browser.type("#code", parks).type("#label", "Parks and open spaces").press("Save value");
        assertThat(browser.text(".govuk-notification-banner")).contains("‘Parks and open spaces’ saved");

        browser.visit("/admin/lookups/demand-types").press("Add a value");
        browser.type("#code", "Fallen Tree!").select("#department", parks).press("Save value");
        assertThat(browser.title()).startsWith("Error:");
        assertThat(browser.text(".govuk-error-summary"))
                .contains("The code must be lower-case letters, digits and hyphens", "Enter a label");
        assertThat(browser.find("#department").getAttribute("value")).isEqualTo(parks);
        browser.assertAccessible();

        browser.type("#code", fallenTree).type("#label", "Fallen tree").press("Save value");
        assertThat(browser.path()).isEqualTo("/admin/lookups/demand-types");
        assertThat(browser.text("#value-" + fallenTree)).contains("Fallen tree", "Parks and open spaces", "Offered");
        browser.assertAccessible();

        browser.find("#retire-" + fallenTree).click();
        browser.waitForText(".govuk-notification-banner", "retired");
        assertThat(browser.text("#value-" + fallenTree)).contains("Retired");

        browser.find("#restore-" + fallenTree).click();
        browser.waitForText(".govuk-notification-banner", "offered again");
        assertThat(browser.text("#value-" + fallenTree)).contains("Offered");
    }
}
