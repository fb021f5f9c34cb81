package org.casework.identity.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.Set;
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
 * An officer who has forgotten their password asks for a link, which arrives by email (through a real SMTP server),
 * chooses a new password with it and signs in; the old password and the used link stop working. Every page passes
 * axe-core.
 */
@BrowserTest
class ForgottenPasswordInTheBrowserTests {

    private static final Pattern LINK = Pattern.compile("https?://\\S+/sign-in/new-password\\?token=[A-Za-z0-9_-]+");
    private static final String NEW_PASSWORD = "a brand new and longer password";

    private final Browser browser;

    ForgottenPasswordInTheBrowserTests(Browser browser) {
        this.browser = browser;
    }

    @Autowired
    Staff staff;

    @Autowired
    ApiKeys apiKeys;

    @LocalServerPort
    int port;

    TestCouncil.Officer officer;
    String email;

    @BeforeEach
    void anOfficerWhoCanSignIn() {
        officer = new TestCouncil(staff, apiKeys, port).signInOfficer("alex", Set.of(Role.OFFICER), "highways");
        email = officer.username() + "@example.gov.uk";
    }

    @Test
    void aForgottenPasswordIsReplacedThroughAnEmailedLinkThatWorksOnce() {
        browser.visit("/sign-in").press("Forgotten your password?");
        assertThat(browser.heading()).isEqualTo("Forgotten your password?");
        browser.assertAccessible();

        browser.press("Send the link");
        assertThat(browser.title()).startsWith("Error:");
        assertThat(browser.text(".govuk-error-summary")).contains("Enter your username or email address");
        browser.assertAccessible();

        browser.type("#account", officer.username()).press("Send the link");
        assertThat(browser.heading()).isEqualTo("Check your email");
        assertThat(browser.text("#sent")).contains("If that account exists, we have sent a link");
        browser.assertAccessible();

        var link = linkIn(MailServer.awaitEmail(email, 1));
        // Links start with the configured address of the service, never with whatever Host the request named.
        assertThat(link).startsWith("http://localhost:8080/sign-in/new-password?token=");
        browser.visit(pathOf(link));
        assertThat(browser.heading()).isEqualTo("Choose a new password");
        browser.assertAccessible();

        browser.type("#password", "too short").type("#confirm-password", "too short");
        browser.press("Save the new password");
        assertThat(browser.title()).startsWith("Error:");
        assertThat(browser.text(".govuk-error-summary")).contains("Password must be 12 characters or more");
        assertThat(browser.find("#password").getAttribute("class")).contains("govuk-input--error");
        browser.assertAccessible();

        browser.type("#password", NEW_PASSWORD).type("#confirm-password", NEW_PASSWORD + " typo");
        browser.press("Save the new password");
        assertThat(browser.text(".govuk-error-summary")).contains("Enter the same password twice");

        browser.type("#password", NEW_PASSWORD).type("#confirm-password", NEW_PASSWORD);
        browser.press("Save the new password");
        assertThat(browser.path()).isEqualTo("/sign-in");
        assertThat(browser.text(".govuk-notification-banner")).contains("Your password has been changed");
        browser.assertAccessible();

        browser.signIn(officer.username(), TestCouncil.PASSWORD);
        assertThat(browser.text(".govuk-error-summary")).contains("Enter a correct username and password");

        browser.signIn(officer.username(), NEW_PASSWORD);
        assertThat(browser.heading()).isEqualTo("My tasks");
        browser.signOut();

        browser.visit(pathOf(link));
        assertThat(browser.heading()).isEqualTo("This link does not work");
        browser.assertAccessible();
    }

    @Test
    void theAnswerIsTheSameForAnAccountThatDoesNotExist() {
        browser.visit("/sign-in/forgotten-password");
        browser.type("#account", "nobody-" + officer.username()).press("Send the link");

        assertThat(browser.heading()).isEqualTo("Check your email");
        assertThat(browser.text("#sent")).contains("If that account exists, we have sent a link");
    }

    @Test
    void anEmailAddressFindsTheAccountToo() {
        browser.visit("/sign-in/forgotten-password");
        browser.type("#account", email.toUpperCase()).press("Send the link");

        assertThat(linkIn(MailServer.awaitEmail(email, 1))).contains("/sign-in/new-password?token=");
    }

    private static String linkIn(String email) {
        var found = LINK.matcher(email);
        assertThat(found.find()).as("a link in:\n" + email).isTrue();
        return found.group();
    }

    private static String pathOf(String link) {
        var uri = URI.create(link);
        return uri.getRawPath() + "?" + uri.getRawQuery();
    }
}
