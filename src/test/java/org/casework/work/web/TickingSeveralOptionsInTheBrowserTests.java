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
 * An officer books a bulky waste collection for a caller and records what the crew took, both on GOV.UK checkboxes:
 * a refused start keeps the ticks, and the case page lists the chosen options by their labels. Every page state
 * passes axe-core.
 */
@BrowserTest
class TickingSeveralOptionsInTheBrowserTests {

    private final Browser browser;

    TickingSeveralOptionsInTheBrowserTests(Browser browser) {
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
    void aCouncilThatCollectsBulkyWaste() {
        var council = new TestCouncil(staff, apiKeys, port);
        process = council.publish(
                council.admin().api(),
                council.process("bulky-waste-collection.json", "bulky-waste-collection", "collection-crews"),
                council.named("bulky-waste-collection"));
        officer = council.signInOfficer("sam", Set.of(Role.OFFICER), "collection-crews");
    }

    @Test
    void anOfficerTicksWhatTheCallerWantsCollectedAndLaterWhatTheCrewTook() {
        browser.signIn(officer.username(), TestCouncil.PASSWORD);
        browser.visit("/cases/new?process=" + process);
        assertThat(browser.text("#case-details")).contains("What needs collecting?", "Select all that apply.");
        browser.assertAccessible();

        browser.press("Start case");
        assertThat(browser.title()).startsWith("Error:");
        assertThat(browser.text(".govuk-error-summary")).contains("What needs collecting? is required");
        assertThat(browser.find(".govuk-error-summary a[href='#field-services-0']")
                        .getText())
                .contains("What needs collecting?");
        browser.assertAccessible();

        browser.choose("Tyres")
                .choose("Front")
                .type("#field-email", "not an email")
                .press("Start case");
        assertThat(browser.text(".govuk-error-summary")).contains("Email address");
        assertThat(browser.find("#field-services-3").isSelected())
                .as("tyres stay ticked")
                .isTrue();
        assertThat(browser.find("#field-access-0").isSelected())
                .as("front stays ticked")
                .isTrue();

        browser.choose("Garden waste")
                .type("#field-email", "caller@example.org")
                .press("Start case");
        var reference = browser.heading();
        assertThat(reference).startsWith("BW-");
        assertThat(browser.text("#case-data")).contains("Garden waste, Tyres", "Front");
        browser.assertAccessible();

        browser.visit("/queues").press("Get next task");
        assertThat(browser.heading()).isEqualTo(reference);
        assertThat(browser.text("#complete-task")).contains("What was collected?");
        browser.assertAccessible();
        // This field's options have no labels of their own: they read as the options with capitals.
        browser.choose("Garden").choose("Tyres").choose("done").press("Complete task");
        assertThat(browser.text(".govuk-notification-banner")).contains("You completed Collect the items");
        assertThat(browser.all("#case-data .govuk-summary-list__row"))
                .filteredOn(row -> row.getText().contains("What was collected?"))
                .singleElement()
                .satisfies(row -> assertThat(row.getText()).contains("Garden, Tyres"));
    }
}
