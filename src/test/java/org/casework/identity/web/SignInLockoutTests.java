package org.casework.identity.web;

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
import org.springframework.jdbc.core.simple.JdbcClient;

/** Guessing passwords is slow: five wrong in a row lock the account for a while, and a right one resets the count. */
@BrowserTest
class SignInLockoutTests {

    private final Browser browser;

    SignInLockoutTests(Browser browser) {
        this.browser = browser;
    }

    @Autowired
    Staff staff;

    @Autowired
    ApiKeys apiKeys;

    @Autowired
    JdbcClient db;

    @LocalServerPort
    int port;

    TestCouncil.Officer officer;

    @BeforeEach
    void anOfficerWhoCanSignIn() {
        officer = new TestCouncil(staff, apiKeys, port).signInOfficer("alex", Set.of(Role.OFFICER), "highways");
    }

    @Test
    void theFifthWrongPasswordLocksTheAccountSoEvenTheRightOneIsRefused() {
        for (int attempt = 1; attempt <= 4; attempt++) {
            browser.signIn(officer.username(), "wrong " + attempt);
            assertThat(browser.text(".govuk-error-summary")).contains("Enter a correct username and password");
        }
        browser.signIn(officer.username(), "wrong 5");
        assertThat(browser.text(".govuk-error-summary")).contains("Your account is locked", "15 minutes");
        browser.assertAccessible();

        browser.signIn(officer.username(), TestCouncil.PASSWORD);

        assertThat(browser.path()).isEqualTo("/sign-in");
        assertThat(browser.text(".govuk-error-summary")).contains("Your account is locked");
    }

    @Test
    void whenTheLockRunsOutTheRightPasswordWorksAgain() {
        for (int attempt = 1; attempt <= 5; attempt++) browser.signIn(officer.username(), "wrong " + attempt);
        // As if the 15 minutes had passed.
        db.sql("update users set locked_until = locked_until - interval '1' hour where username = :username")
                .param("username", officer.username())
                .update();

        browser.signIn(officer.username(), TestCouncil.PASSWORD);

        assertThat(browser.heading()).isEqualTo("My tasks");
        browser.signOut();
    }

    @Test
    void aRightPasswordResetsTheCountOfWrongOnes() {
        for (int attempt = 1; attempt <= 4; attempt++) browser.signIn(officer.username(), "wrong " + attempt);
        browser.signIn(officer.username(), TestCouncil.PASSWORD).signOut();

        for (int attempt = 1; attempt <= 4; attempt++) browser.signIn(officer.username(), "wrong again " + attempt);
        browser.signIn(officer.username(), TestCouncil.PASSWORD);

        assertThat(browser.heading()).isEqualTo("My tasks");
        browser.signOut();
    }
}
