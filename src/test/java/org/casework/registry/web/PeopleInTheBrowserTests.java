package org.casework.registry.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.casework.identity.ApiKeys;
import org.casework.identity.Role;
import org.casework.identity.Staff;
import org.casework.registry.GazetteerImports;
import org.casework.registry.NewPerson;
import org.casework.registry.People;
import org.casework.registry.PersonId;
import org.casework.support.Browser;
import org.casework.support.BrowserTest;
import org.casework.support.TestCouncil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Officers keeping the person register in a real browser: adding someone (warned they may be on it already), adding a
 * contact detail and a relationship, finding someone by a misspelt name, and a team lead merging two records. Every
 * page passes axe-core, errors included.
 */
@BrowserTest
class PeopleInTheBrowserTests {

    private final Browser browser;

    PeopleInTheBrowserTests(Browser browser) {
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

    TestCouncil council;
    LocalDate born;

    @BeforeEach
    void aCouncil() {
        council = new TestCouncil(staff, apiKeys, port);
        born = LocalDate.of(1925, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(30_000));
    }

    /** A family name nobody else's test uses, so a search by it finds only this test's people. */
    private static String uncommonName() {
        var letters = new StringBuilder("Q");
        for (int i = 0; i < 7; i++)
            letters.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        return letters.toString();
    }

    private void typeDate(String field, LocalDate date) {
        browser.type("#" + field + "-day", String.valueOf(date.getDayOfMonth()))
                .type("#" + field + "-month", String.valueOf(date.getMonthValue()))
                .type("#" + field + "-year", String.valueOf(date.getYear()));
    }

    @Test
    void anOfficerAddsAPersonAfterTheDuplicateWarningThenAContactDetailAndARelationship() {
        people.add(new NewPerson("Jane", "Smith", born.toString()), true, "test");
        var childName = uncommonName();
        people.add(new NewPerson("Tom", childName, "2015-05-05"), true, "test");
        var officer = council.signInOfficer("ola", Set.of(Role.OFFICER), "housing");
        browser.signIn(officer.username(), TestCouncil.PASSWORD);

        browser.visit("/people").press("Add a person");
        assertThat(browser.heading()).isEqualTo("Add a person");
        browser.press("Add person");
        assertThat(browser.title()).startsWith("Error:");
        assertThat(browser.text(".govuk-error-summary")).contains("Enter the first name", "Enter the last name");
        browser.assertAccessible();

        browser.type("#givenNames", "Jayne").type("#familyName", "Smyth");
        typeDate("dateOfBirth", born);
        browser.press("Add person");
        assertThat(browser.text("#duplicates")).contains("This may be someone already on the register");
        assertThat(browser.rows("#matches"))
                .anySatisfy(row -> assertThat(row).contains("Jane Smith", "Same date of birth and a similar name"));
        browser.assertAccessible();

        browser.press("Add as a new person");
        assertThat(browser.heading()).isEqualTo("Jayne Smyth");
        assertThat(browser.text(".govuk-notification-banner")).contains("Jayne Smyth added to the register");
        browser.assertAccessible();

        browser.press("Add a contact detail");
        browser.select("#type", "email").type("#value", "not an email").press("Add contact detail");
        assertThat(browser.text(".govuk-error-summary")).contains("Enter an email address in the correct format");
        browser.assertAccessible();
        browser.type("#value", "jayne@example.com").press("Add contact detail");
        assertThat(browser.rows("#contacts"))
                .anySatisfy(row -> assertThat(row).contains("Email address", "jayne@example.com"));

        browser.press("Add a relationship");
        browser.type("#name", "tom " + childName.toLowerCase()).press("Find people");
        browser.assertAccessible();
        browser.choose("Tom " + childName + ", born 5 May 2015").select("#type", "parent");
        browser.press("Add relationship");
        assertThat(browser.text("#relationships")).contains("Parent of Tom " + childName);

        browser.press("Tom " + childName);
        assertThat(browser.heading()).isEqualTo("Tom " + childName);
        assertThat(browser.text("#relationships")).contains("Child of Jayne Smyth");
        assertThat(browser.rows("#audit"))
                .anySatisfy(row -> assertThat(row.get(2)).isEqualTo("Added relationship: Child of Jayne Smyth"));
        browser.assertAccessible();
    }

    @Test
    void anOfficerGivesSomeoneAnAddressFoundByPostcodeAndThenOneTypedByHand() {
        var random = java.util.concurrent.ThreadLocalRandom.current();
        var postcode = "NN" + random.nextInt(10, 99) + " " + random.nextInt(1, 9) + (char) ('A' + random.nextInt(26))
                + (char) ('A' + random.nextInt(26));
        var uprn = 730_000_000_000L + random.nextLong(1_000_000_000L) * 10;
        var header = "UPRN,USRN,PARENT_UPRN,SAO_START_NUMBER,SAO_START_SUFFIX,SAO_END_NUMBER,SAO_END_SUFFIX,"
                + "SAO_TEXT,PAO_START_NUMBER,PAO_START_SUFFIX,PAO_END_NUMBER,PAO_END_SUFFIX,PAO_TEXT,STREET_DESCRIPTION,"
                + "LOCALITY,TOWN_NAME,POSTCODE_LOCATOR,X_COORDINATE,Y_COORDINATE,LATITUDE,LONGITUDE,CLASS";
        var file = header + "\r\n" + uprn + ",21700500,,,,,,,3,,,,,Weir Road,,Anytown," + postcode
                + ",400000,200000,51.7,-2.0,RD04\r\n";
        gazetteer.importNow(
                "addressbase",
                "weir-road.csv",
                new java.io.ByteArrayInputStream(file.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                "ada");
        var id = people.add(new NewPerson("Ada", council.named("Weir"), "1990-01-02"), true, "test");
        var officer = council.signInOfficer("oli", Set.of(Role.OFFICER), "housing");
        browser.signIn(officer.username(), TestCouncil.PASSWORD).visit("/people/" + id);

        browser.press("Add an address");
        browser.type("#postcode", postcode).press("Find address");
        browser.assertAccessible();
        browser.select("#uprn", Long.toString(uprn)).press("Add address");
        assertThat(browser.text(".govuk-notification-banner")).contains("Address added");
        assertThat(browser.pageText()).contains("3 Weir Road, Anytown, " + postcode);

        browser.press("Add an address");
        browser.type("#postcode", postcode).press("Find address").press("I cannot find the address in the list");
        browser.type("#line1", "The Boathouse").type("#town", "Anytown").press("Add address");
        assertThat(browser.text(".govuk-notification-banner")).contains("Address added");
        assertThat(browser.pageText()).contains("The Boathouse");
        browser.assertAccessible();
    }

    @Test
    void anOfficerFindsSomeoneByAMisspeltName() {
        var family = uncommonName();
        people.add(new NewPerson("Stephen", "Thomson", born.toString()), true, "test");
        var officer = council.signInOfficer("sam", Set.of(Role.OFFICER), "housing");
        browser.signIn(officer.username(), TestCouncil.PASSWORD);

        browser.press("People");
        assertThat(browser.heading()).isEqualTo("People");
        browser.type("#name", "steven thompson");
        typeDate("dateOfBirth", born);
        browser.press("Search people");
        assertThat(browser.rows("#results"))
                .singleElement()
                .satisfies(row -> assertThat(row.get(0)).isEqualTo("Stephen Thomson"));
        browser.assertAccessible();

        browser.type("#name", family).press("Search people");
        assertThat(browser.text("#no-results")).contains("Nobody on the register matches");

        browser.find("#name").clear();
        browser.type("#dateOfBirth-day", "31").type("#dateOfBirth-month", "2").press("Search people");
        assertThat(browser.title()).startsWith("Error:");
        assertThat(browser.text(".govuk-error-summary")).contains("Date of birth must be a real date");
        browser.assertAccessible();
    }

    @Test
    void aTeamLeadMergesTwoRecordsOfTheSamePerson() {
        var family = uncommonName();
        var kept = people.add(new NewPerson("Robert", family, born.toString()), true, "test");
        var gone = people.add(new NewPerson("Bob", family, born.toString()), true, "test");
        var lead = council.signInOfficer("lin", Set.of(Role.TEAM_LEAD), "housing");
        browser.signIn(lead.username(), TestCouncil.PASSWORD);

        browser.visit("/people/" + kept).press("Merge with another record");
        browser.type("#name", "bob " + family).press("Find records");
        browser.assertAccessible();
        browser.press("Merge into this record");
        assertThat(browser.heading()).isEqualTo("Check the merge");
        assertThat(browser.text("#summary")).contains("Bob " + family, "will be merged into", "Robert " + family);
        browser.assertAccessible();
        browser.press("Merge records");

        assertThat(browser.path()).isEqualTo("/people/" + kept);
        assertThat(browser.text("#previous-names")).contains("Bob " + family);
        assertThat(browser.rows("#audit").getFirst().get(2)).startsWith("Merged with Bob " + family);

        browser.visit("/people/" + gone);
        assertThat(browser.text("#merged")).contains("This record was merged into", "Robert " + family);
        browser.assertAccessible();
        assertThat(people.get(new PersonId(gone.value())).mergedInto()).isEqualTo(kept);
    }
}
