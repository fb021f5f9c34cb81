package org.casework.forms.web;

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
 * A resident books a bulky waste collection on an online form whose questions are GOV.UK checkboxes: a mandatory one
 * left unticked is explained, the ticks are kept when they come back to change them, a page shown only for a fridge
 * comes and goes with that tick, and check your answers lists the labels chosen. Every page passes axe-core.
 */
@BrowserTest
class TickingSeveralAnswersInTheBrowserTests {

    private final Browser browser;

    TickingSeveralAnswersInTheBrowserTests(Browser browser) {
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
    void aCouncilOfferingBulkyWasteCollectionsOnline() {
        var council = new TestCouncil(staff, apiKeys, port);
        var admin = council.officer("admin", Set.of(Role.ADMIN));
        officer = council.officer("kit", "collection-crews");
        process = council.publish(
                admin.api(),
                council.process("bulky-waste-collection.json", "bulky-waste-collection", "collection-crews"),
                council.named("bulky-waste-collection"));
    }

    @Test
    void aResidentTicksTheServicesTheyWantChangesTheirMindAndSendsTheBooking() {
        browser.visit("/portal/services/" + process).press("Start now");
        assertThat(browser.heading()).contains("What needs collecting?");
        assertThat(browser.text("#field-services-hint")).isEqualTo("Select all that apply.");
        assertThat(browser.all(".govuk-checkboxes input[type='checkbox']")).hasSize(4);
        browser.assertAccessible();

        browser.press("Continue");
        assertThat(browser.title()).startsWith("Error:");
        assertThat(browser.text(".govuk-error-summary")).contains("Select at least one answer: What needs collecting?");
        assertThat(browser.find(".govuk-error-summary a").getAttribute("href")).endsWith("#field-services-0");
        assertThat(browser.text("#field-services-error")).contains("Select at least one answer");
        browser.assertAccessible();

        browser.choose("Garden waste").choose("A fridge or freezer").press("Continue");
        assertThat(browser.heading()).contains("How many fridges or freezers?");
        browser.type("#field-fridges", "1").press("Continue");
        assertThat(browser.heading()).contains("How can the crew reach the items?");
        browser.assertAccessible();
        browser.choose("Front").choose("Side gate").press("Continue");
        browser.type("#field-email", "resident@example.com").press("Continue");

        assertThat(browser.heading()).isEqualTo("Check your answers before sending");
        assertThat(browser.text("#change-services-answer")).isEqualTo("Garden waste\nA fridge or freezer");
        assertThat(browser.text("#change-access-answer")).isEqualTo("Front\nSide gate");
        assertThat(browser.text("#change-fridges-answer")).isEqualTo("1");
        browser.assertAccessible();

        browser.find("#change-services").click();
        assertThat(browser.find("#field-services-0").isSelected())
                .as("garden waste")
                .isTrue();
        assertThat(browser.find("#field-services-1").isSelected())
                .as("large items")
                .isFalse();
        assertThat(browser.find("#field-services-2").isSelected())
                .as("a fridge")
                .isTrue();
        browser.choose("A fridge or freezer").choose("Tyres").press("Continue");
        assertThat(browser.heading())
                .as("the fridge question goes with the fridge")
                .contains("How can the crew reach the items?");
        assertThat(browser.find("#field-access-0").isSelected()).isTrue();
        assertThat(browser.find("#field-access-1").isSelected()).isTrue();
        browser.press("Continue").press("Continue");

        assertThat(browser.text("#change-services-answer")).isEqualTo("Garden waste\nTyres");
        assertThat(browser.all("#change-fridges")).isEmpty();
        browser.press("Accept and send");
        var reference = browser.text("#reference");
        assertThat(reference).startsWith("BW-");
        browser.assertAccessible();

        var kase = officer.api().get("/api/v1/cases/by-reference/" + reference);
        assertThat(kase.status()).as(kase.toString()).isEqualTo(200);
        assertThat(kase.json().path("data").path("services").toString()).isEqualTo("[\"garden\",\"tyres\"]");
        assertThat(kase.json().path("data").path("access").toString()).isEqualTo("[\"front\",\"side-gate\"]");
        assertThat(kase.json().path("data").has("fridges")).isFalse();
        assertThat(kase.json().path("currentStep").asString()).isEqualTo("collect");
    }
}
