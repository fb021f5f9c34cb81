package org.casework.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.casework.identity.ApiKeys;
import org.casework.identity.Role;
import org.casework.identity.Staff;
import org.casework.support.Browser;
import org.casework.support.BrowserTest;
import org.casework.support.MailServer;
import org.casework.support.TestCouncil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A citizen creates an account (confirming their email address through a real SMTP server), signs in, reports a
 * problem through the online form — a refused answer first — and follows it; someone without an account follows a
 * request with the link from its confirmation email. Every page passes axe-core.
 */
@BrowserTest
class CitizenPortalInTheBrowserTests {

    private static final Pattern VERIFY = Pattern.compile("https?://\\S+/portal/verify\\?token=[A-Za-z0-9_-]+");
    private static final Pattern TRACK = Pattern.compile("https?://\\S+/portal/track/[A-Z0-9-]+\\?key=[A-Za-z0-9_-]+");
    private static final String PASSWORD = "a long citizen password";

    private final Browser browser;

    CitizenPortalInTheBrowserTests(Browser browser) {
        this.browser = browser;
    }

    @Autowired
    Staff staff;

    @Autowired
    ApiKeys apiKeys;

    @Autowired
    org.casework.registry.GazetteerImports gazetteer;

    @LocalServerPort
    int port;

    TestCouncil council;
    String process;

    @BeforeEach
    void aCouncilOfferingReportAProblemOnline() {
        council = new TestCouncil(staff, apiKeys, port);
        var admin = council.officer("admin", Set.of(Role.ADMIN));
        process = council.publishReportAProblem(admin.api());
    }

    @Test
    void aCitizenRegistersConfirmsTheirAddressReportsAProblemAndFollowsIt() {
        var email = "sam-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";

        browser.visit("/portal").press("Sign in").press("Create an account");
        assertThat(browser.heading()).isEqualTo("Create an account");
        browser.assertAccessible();

        browser.type("#givenName", "Sam").type("#email", "not an address").type("#password", "short");
        browser.press("Create account");
        assertThat(browser.title()).startsWith("Error:");
        assertThat(browser.text(".govuk-error-summary"))
                .contains("Enter your last name")
                .contains("Enter an email address in the correct format")
                .contains("Your password must be at least 12 characters");
        assertThat(browser.find("#givenName").getAttribute("value")).isEqualTo("Sam");
        browser.assertAccessible();

        browser.type("#familyName", "Citizen").type("#email", email).type("#password", PASSWORD);
        browser.press("Create account");
        assertThat(browser.heading()).isEqualTo("Check your email");
        browser.assertAccessible();

        // Not confirmed yet: the password alone does not sign in.
        signIn(email, PASSWORD);
        assertThat(browser.text(".govuk-error-summary")).contains("Confirm your email address");

        var verify = find(VERIFY, MailServer.awaitEmail(email, 1));
        browser.visit(pathOf(verify));
        assertThat(browser.text(".govuk-notification-banner")).contains("Your email address is confirmed");
        browser.assertAccessible();
        // A confirmation link works once.
        browser.visit(pathOf(verify));
        assertThat(browser.heading()).isEqualTo("This link has expired");
        browser.assertAccessible();

        signIn(email, PASSWORD);
        assertThat(browser.heading()).isEqualTo("Your requests");
        assertThat(browser.pageText()).contains("You have not made any requests yet");
        browser.assertAccessible();

        browser.press("Services");
        browser.assertAccessible();
        browser.press("Report a problem");
        assertThat(browser.heading()).isEqualTo("Report a problem");
        browser.assertAccessible();
        browser.press("Start now");

        assertThat(browser.heading()).contains("What is the problem?");
        browser.assertAccessible();
        browser.press("Continue");
        assertThat(browser.title()).startsWith("Error:");
        assertThat(browser.text(".govuk-error-summary")).contains("Select an answer: What is the problem?");
        browser.assertAccessible();

        browser.choose("A pothole or damaged road").press("Continue");
        assertThat(browser.heading()).contains("Postcode");
        browser.type("#field-postcode", "not a postcode").press("Continue");
        assertThat(browser.text(".govuk-error-summary")).contains("Postcode");
        assertThat(browser.find("#field-postcode").getAttribute("value")).isEqualTo("not a postcode");
        browser.type("#field-postcode", "sw1a 1aa").press("Continue");
        assertThat(browser.heading()).contains("Describe the problem");
        browser.assertAccessible();
        browser.type("#field-description", "A deep pothole outside number 12").press("Continue");

        assertThat(browser.heading()).isEqualTo("Check your answers before sending");
        assertThat(browser.text("#change-category-answer")).isEqualTo("A pothole or damaged road");
        assertThat(browser.text("#change-postcode-answer")).isEqualTo("SW1A 1AA");
        browser.assertAccessible();
        browser.find("#change-description").click();
        browser.type("#field-description", "A deep pothole outside number 14").press("Continue");
        assertThat(browser.text("#change-description-answer")).isEqualTo("A deep pothole outside number 14");

        browser.press("Accept and send");
        assertThat(browser.text(".govuk-panel__title")).isEqualTo("Request sent");
        var reference = browser.text("#reference");
        assertThat(reference).startsWith("RP-");
        assertThat(browser.pageText()).contains("We have sent a confirmation email to " + email);
        browser.assertAccessible();
        assertThat(find(TRACK, MailServer.awaitEmail(email, 2))).contains("/portal/track/" + reference + "?key=");

        browser.press("See all your requests");
        assertThat(browser.rows(".govuk-table").getFirst()).contains(reference, "Report a problem");
        browser.assertAccessible();
        browser.press(reference);
        assertThat(browser.heading()).isEqualTo("Request " + reference);
        assertThat(browser.text("#status")).isEqualTo("On track");
        assertThat(browser.text("#timeline")).contains("Request received");
        browser.assertAccessible();

        browser.press("Your account");
        browser.assertAccessible();
        browser.type("#mobile", "07700 900982").choose("Text message").press("Save");
        assertThat(browser.text(".govuk-notification-banner")).contains("Your details have been saved");
        assertThat(browser.find("#mobile").getAttribute("value")).isEqualTo("07700 900982");
        browser.assertAccessible();

        var random = java.util.concurrent.ThreadLocalRandom.current();
        var postcode = "MK" + random.nextInt(10, 99) + " " + random.nextInt(1, 9) + (char) ('A' + random.nextInt(26))
                + (char) ('A' + random.nextInt(26));
        var uprn = 720_000_000_000L + random.nextLong(1_000_000_000L) * 10;
        var header = "UPRN,USRN,PARENT_UPRN,SAO_START_NUMBER,SAO_START_SUFFIX,SAO_END_NUMBER,SAO_END_SUFFIX,"
                + "SAO_TEXT,PAO_START_NUMBER,PAO_START_SUFFIX,PAO_END_NUMBER,PAO_END_SUFFIX,PAO_TEXT,STREET_DESCRIPTION,"
                + "LOCALITY,TOWN_NAME,POSTCODE_LOCATOR,X_COORDINATE,Y_COORDINATE,LATITUDE,LONGITUDE,CLASS";
        var file = header + "\r\n"
                + uprn + ",21700500,,2,,,,Flat,12,,,,,Mill Lane,,Anytown," + postcode
                + ",400000,200000,51.7,-2.0,RD06\r\n"
                + (uprn + 1) + ",21700500,,,,,,,14,,,,,Mill Lane,,Anytown," + postcode
                + ",400020,200000,51.7,-2.0,RD04\r\n";
        gazetteer.importNow(
                "addressbase",
                "mill-lane.csv",
                new java.io.ByteArrayInputStream(file.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                "ada");
        browser.press("Find your address by postcode");
        browser.type("#postcode", "not a postcode").press("Find address");
        assertThat(browser.text(".govuk-error-summary")).contains("Enter a real postcode");
        browser.assertAccessible();
        browser.type("#postcode", postcode.toLowerCase().replace(" ", "")).press("Find address");
        browser.select("#uprn", Long.toString(uprn)).press("Use this address");
        assertThat(browser.text(".govuk-notification-banner"))
                .contains("Your address is saved: Flat 2, 12 Mill Lane, Anytown, " + postcode);
        assertThat(browser.find("#line1").getAttribute("value")).isEqualTo("Flat 2, 12 Mill Lane");
        assertThat(browser.find("#postcode").getAttribute("value")).isEqualTo(postcode);
        browser.assertAccessible();

        browser.press("Sign out");
        browser.visit("/portal/requests/" + reference);
        assertThat(browser.heading()).isEqualTo("Page not found");
        browser.assertAccessible();
    }

    @Test
    void someoneWithoutAnAccountReportsAProblemAndFollowsItWithTheLinkFromTheirEmail() {
        browser.visit("/portal/services/" + process).press("Start now");
        browser.choose("Fly-tipping (rubbish dumped illegally)").press("Continue");
        browser.press("Continue");
        browser.type("#field-description", "Mattresses dumped in the lane").press("Continue");
        browser.press("Accept and send");
        var reference = browser.text("#reference");
        var link = browser.find("#tracking-link").getAttribute("href");

        browser.startAfresh();
        browser.visit("/portal/requests/" + reference);
        assertThat(browser.heading()).isEqualTo("Page not found");

        browser.visit(pathOf(link).replaceAll("key=.{4}", "key=XXXX"));
        assertThat(browser.heading()).isEqualTo("Track a request");
        assertThat(browser.text(".govuk-error-summary"))
                .contains("We could not find a request with that reference and key");
        browser.assertAccessible();

        browser.visit(pathOf(link));
        assertThat(browser.heading()).isEqualTo("Request " + reference);
        assertThat(browser.text("#current-stage")).isNotBlank();
        browser.assertAccessible();
    }

    @Test
    void aMissedBinIsReportedOnAFormThatAsksSeveralThingsOnOnePage() {
        var names = new String[] {"missed-bin-collection", "waste-services", "waste-crews", "waste-supervisors"};
        var admin = council.officer("bins-admin", Set.of(Role.ADMIN));
        council.officer("crew", Set.of(Role.OFFICER), "waste-crews");
        var bins = council.publish(
                admin.api(),
                council.process("missed-bin-collection.json", names),
                council.named("missed-bin-collection"));
        var yesterday =
                java.time.LocalDate.now(org.casework.platform.CouncilTime.ZONE).minusDays(1);

        browser.visit("/portal/services/" + bins).press("Start now");
        browser.choose("Glass").press("Continue");
        browser.type("#field-collection-date-day", "31").type("#field-collection-date-month", "2");
        browser.type("#field-collection-date-year", "2026").press("Continue");
        assertThat(browser.title()).startsWith("Error:");
        assertThat(browser.find("#field-collection-date-day").getAttribute("value"))
                .isEqualTo("31");
        browser.assertAccessible();
        browser.type("#field-collection-date-day", String.valueOf(yesterday.getDayOfMonth()))
                .type("#field-collection-date-month", String.valueOf(yesterday.getMonthValue()))
                .type("#field-collection-date-year", String.valueOf(yesterday.getYear()))
                .press("Continue");

        assertThat(browser.heading()).isEqualTo("Where is the bin?");
        browser.press("Continue");
        assertThat(browser.text(".govuk-error-summary")).contains("Enter postcode");
        browser.type("#field-address", "12 High Street")
                .type("#field-postcode", "SW1A 1AA")
                .press("Continue");
        browser.choose("No").press("Continue");
        browser.type("#field-email", "resident@example.com").press("Continue");
        browser.press("Continue");
        assertThat(browser.text("#change-bin-type-answer")).isEqualTo("Glass");
        browser.press("Accept and send");
        assertThat(browser.text("#reference")).isNotBlank();
        browser.assertAccessible();
    }

    private void signIn(String email, String password) {
        browser.visit("/portal/sign-in")
                .type("#email", email)
                .type("#password", password)
                .submit("Sign in");
    }

    private static String find(Pattern pattern, String text) {
        var found = pattern.matcher(text);
        assertThat(found.find()).as("a link in:\n" + text).isTrue();
        return found.group();
    }

    private static String pathOf(String link) {
        var uri = URI.create(link);
        return uri.getRawPath() + "?" + uri.getRawQuery();
    }
}
