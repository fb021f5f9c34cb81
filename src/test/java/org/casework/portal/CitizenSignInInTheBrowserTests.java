package org.casework.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.UUID;
import java.util.regex.Pattern;
import org.casework.identity.CitizenAddress;
import org.casework.identity.CitizenProfile;
import org.casework.identity.Citizens;
import org.casework.identity.NewCitizen;
import org.casework.identity.NotifyBy;
import org.casework.support.Browser;
import org.casework.support.BrowserTest;
import org.casework.support.FakeNotify;
import org.casework.support.MailServer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A citizen who has forgotten their password chooses a new one through an emailed link that works once; a citizen
 * with two-step sign-in on needs the code emailed to them as well as their password. Every page passes axe-core.
 */
@BrowserTest
class CitizenSignInInTheBrowserTests {

    private static final Pattern NEW_PASSWORD =
            Pattern.compile("https?://\\S+/portal/new-password\\?token=[A-Za-z0-9_-]+");
    private static final Pattern CODE = Pattern.compile("Your sign-in code is (\\d{6})");
    private static final String PASSWORD = "a long citizen password";

    private final Browser browser;

    CitizenSignInInTheBrowserTests(Browser browser) {
        this.browser = browser;
    }

    @Autowired
    Citizens citizens;

    private String aConfirmedCitizen(boolean twoStep) {
        var email = "pat-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        var registration = citizens.register(new NewCitizen(email, PASSWORD, "Pat", "Jones"));
        var account = citizens.verifyEmail(registration.secret()).orElseThrow();
        if (twoStep) {
            citizens.update(
                    account.id(),
                    new CitizenProfile("Pat", "Jones", null, null, CitizenAddress.NONE, NotifyBy.EMAIL, true),
                    account.version());
        }
        return email;
    }

    @Test
    void aForgottenPasswordIsReplacedWithALinkThatWorksOnce() {
        var email = aConfirmedCitizen(false);
        browser.visit("/portal/sign-in").press("Forgotten your password?");
        browser.assertAccessible();
        browser.submit("Send the link");
        assertThat(browser.text(".govuk-error-summary")).contains("Enter your email address");
        browser.assertAccessible();
        browser.type("#email", email).submit("Send the link");
        assertThat(browser.heading()).isEqualTo("Check your email");
        browser.assertAccessible();

        var link = find(NEW_PASSWORD, MailServer.awaitEmail(email, 1));
        browser.visit(pathOf(link));
        assertThat(browser.heading()).isEqualTo("Choose a new password");
        browser.assertAccessible();
        browser.type("#password", "short").submit("Change password");
        assertThat(browser.text(".govuk-error-summary")).contains("at least 12 characters");
        browser.assertAccessible();
        browser.type("#password", "a brand new citizen password").submit("Change password");
        assertThat(browser.text(".govuk-notification-banner")).contains("Your password has been changed");

        browser.type("#email", email)
                .type("#password", "a brand new citizen password")
                .submit("Sign in");
        assertThat(browser.heading()).isEqualTo("Your requests");
        browser.press("Sign out");

        browser.visit(pathOf(link));
        assertThat(browser.heading()).isEqualTo("This link has expired");
    }

    @Test
    void twoStepSignInNeedsTheEmailedCodeAndAWrongCodeSignsNobodyIn() {
        var email = aConfirmedCitizen(true);
        browser.visit("/portal/sign-in")
                .type("#email", email)
                .type("#password", PASSWORD)
                .submit("Sign in");
        assertThat(browser.heading()).isEqualTo("Check your email");
        browser.assertAccessible();

        browser.visit("/portal/requests");
        assertThat(browser.path()).isEqualTo("/portal/sign-in");
        browser.visit("/portal/sign-in/code");

        browser.type("#code", "000000").submit("Continue");
        var code = find(CODE, MailServer.awaitEmail(email, 1)).replaceAll("\\D", "");
        if (!code.equals("000000")) {
            assertThat(browser.text(".govuk-error-summary")).contains("The code is not right");
            browser.assertAccessible();
            browser.type("#code", code).submit("Continue");
        }
        assertThat(browser.heading()).isEqualTo("Your requests");
    }

    @Test
    void aCitizenWhoHearsFromUsByTextGetsTheirSignInCodeByText() {
        var mobile = "077" + String.format("%08d", new java.util.Random().nextInt(100_000_000));
        var email = "sam-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        var registration = citizens.register(new NewCitizen(email, PASSWORD, "Sam", "Jones"));
        var account = citizens.verifyEmail(registration.secret()).orElseThrow();
        citizens.update(
                account.id(),
                new CitizenProfile("Sam", "Jones", null, mobile, CitizenAddress.NONE, NotifyBy.SMS, true),
                account.version());

        browser.visit("/portal/sign-in")
                .type("#email", email)
                .type("#password", PASSWORD)
                .submit("Sign in");
        assertThat(browser.heading()).isEqualTo("Check your phone");
        assertThat(browser.text("main")).contains("your mobile ending " + mobile.substring(mobile.length() - 3));
        browser.assertAccessible();

        var text = org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(30))
                .until(
                        () -> FakeNotify.shared().taken().stream()
                                .filter(t -> mobile.equals(
                                        t.request().path("phone_number").asString()))
                                .map(t -> t.request()
                                        .path("personalisation")
                                        .path("body")
                                        .asString())
                                .findFirst(),
                        java.util.Optional::isPresent)
                .orElseThrow();
        assertThat(text).contains("your sign-in code is");
        var code = find(Pattern.compile("\\d{6}"), text);
        browser.type("#code", code).submit("Continue");
        assertThat(browser.heading()).isEqualTo("Your requests");
        assertThat(MailServer.textsTo(email)).as("no email when the text went").isEmpty();
    }

    private static String find(Pattern pattern, String text) {
        var found = pattern.matcher(text);
        assertThat(found.find()).as("in:\n" + text).isTrue();
        return found.group();
    }

    private static String pathOf(String link) {
        var uri = URI.create(link);
        return uri.getRawPath() + "?" + uri.getRawQuery();
    }
}
