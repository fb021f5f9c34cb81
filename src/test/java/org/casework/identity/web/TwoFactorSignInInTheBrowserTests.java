package org.casework.identity.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.casework.identity.ApiKeys;
import org.casework.identity.Role;
import org.casework.identity.Staff;
import org.casework.identity.TwoFactor;
import org.casework.support.AuthenticatorApp;
import org.casework.support.Browser;
import org.casework.support.BrowserTest;
import org.casework.support.TestCouncil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Two-factor sign-in in a real browser: an officer turns it on from their account page and from then on needs a code
 * after their password; a wrong code is refused, and enough of them lock the account; an administrator cannot get
 * past the set-up page until it is on. Every page passes axe-core.
 */
@BrowserTest
class TwoFactorSignInInTheBrowserTests {

    private final Browser browser;

    TwoFactorSignInInTheBrowserTests(Browser browser) {
        this.browser = browser;
    }

    @Autowired
    Staff staff;

    @Autowired
    ApiKeys apiKeys;

    @Autowired
    TwoFactor twoFactor;

    @LocalServerPort
    int port;

    TestCouncil council;

    @BeforeEach
    void signedOut() {
        council = new TestCouncil(staff, apiKeys, port);
    }

    @Test
    void anOfficerTurnsOnTwoFactorSignInAndThenSigningInNeedsACode() {
        var officer = council.signInOfficer("alex", Set.of(Role.OFFICER), "highways");
        browser.signIn(officer.username(), TestCouncil.PASSWORD);
        browser.press("Account");
        assertThat(browser.heading()).isEqualTo("Set up two-factor sign-in");
        assertThat(browser.find("#qr-code").getAttribute("src")).startsWith("data:image/png;base64,");
        browser.assertAccessible();
        var secret = browser.text("#secret");
        var app = new AuthenticatorApp(secret);

        browser.type("#code", app.wrongCode()).press("Turn on two-factor sign-in");
        assertThat(browser.title()).startsWith("Error:");
        assertThat(browser.text(".govuk-error-summary")).contains("Enter the code your authenticator app shows now");
        browser.assertAccessible();

        browser.type("#code", app.nextCode()).press("Turn on two-factor sign-in");
        assertThat(browser.text(".govuk-notification-banner")).contains("Two-factor sign-in is on");
        assertThat(browser.pageText()).doesNotContain(secret);
        browser.assertAccessible();
        browser.signOut();

        browser.signIn(officer.username(), TestCouncil.PASSWORD);
        assertThat(browser.path()).isEqualTo("/sign-in/two-factor");
        assertThat(browser.heading()).isEqualTo("Enter the code from your authenticator app");
        browser.assertAccessible();
        browser.visit("/tasks");
        assertThat(browser.path()).isEqualTo("/sign-in/two-factor");

        browser.type("#code", app.wrongCode()).press("Continue");
        assertThat(browser.title()).startsWith("Error:");
        assertThat(browser.text(".govuk-error-summary")).contains("Enter the code your authenticator app shows now");
        assertThat(browser.find("#code").getAttribute("class")).contains("govuk-input--error");
        browser.assertAccessible();

        // On to the page that was asked for before the code.
        browser.type("#code", app.nextCode()).press("Continue");
        assertThat(browser.path()).isEqualTo("/tasks");
        assertThat(browser.heading()).isEqualTo("My tasks");
    }

    @Test
    void wrongCodesCountTowardsTheSameLockoutAsWrongPasswords() {
        var officer = council.signInOfficer("sam", Set.of(Role.OFFICER), "highways");
        var secret = twoFactor.newSecret(officer.username()).secret();
        var app = new AuthenticatorApp(secret);
        assertThat(twoFactor.turnOn(officer.username(), secret, app.nextCode())).isTrue();

        browser.signIn(officer.username(), TestCouncil.PASSWORD);
        for (var attempt = 1; attempt < 5; attempt++) {
            browser.type("#code", app.wrongCode()).press("Continue");
            assertThat(browser.path()).isEqualTo("/sign-in/two-factor");
        }
        browser.type("#code", app.wrongCode()).press("Continue");

        assertThat(browser.path()).isEqualTo("/sign-in");
        assertThat(browser.text(".govuk-error-summary")).contains("Your account is locked");
        browser.signIn(officer.username(), TestCouncil.PASSWORD);
        assertThat(browser.text(".govuk-error-summary")).contains("Your account is locked");
    }

    @Test
    void anAdministratorWithoutTwoFactorSignInMustSetItUpBeforeAnythingElse() {
        var admin = council.signInOfficer("ada", Set.of(Role.ADMIN), "highways");
        browser.signIn(admin.username(), TestCouncil.PASSWORD);

        assertThat(browser.path()).isEqualTo("/account/two-factor");
        assertThat(browser.heading()).isEqualTo("Set up two-factor sign-in");
        assertThat(browser.text("#required")).contains("Administrators must sign in with a code");
        assertThat(browser.all(".moj-primary-navigation__link")).isEmpty();
        browser.assertAccessible();
        for (var page : new String[] {"/tasks", "/queues", "/search", "/sign-in/two-factor"}) {
            browser.visit(page);
            assertThat(browser.path()).as(page).isEqualTo("/account/two-factor");
        }

        var app = new AuthenticatorApp(browser.text("#secret"));
        browser.type("#code", app.nextCode()).press("Turn on two-factor sign-in");
        assertThat(browser.text(".govuk-notification-banner")).contains("Two-factor sign-in is on");
        assertThat(browser.pageText()).contains("Administrators must keep it on");
        assertThat(browser.all("form[action='/account/two-factor/off']")).isEmpty();
        browser.assertAccessible();

        browser.visit("/tasks");
        assertThat(browser.heading()).isEqualTo("My tasks");
        browser.signOut();

        browser.signIn(admin.username(), TestCouncil.PASSWORD);
        assertThat(browser.path()).isEqualTo("/sign-in/two-factor");
    }
}
