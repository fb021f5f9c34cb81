package org.casework.casefile.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.casework.identity.ApiKeys;
import org.casework.identity.Role;
import org.casework.identity.Staff;
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
        browser.press("People on this case");
        assertThat(browser.text("#no-people")).contains("Nobody from the register");
        browser.assertAccessible();

        browser.type("#name", "Steven " + family).press("Find");
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
}
