package org.casework.engine.web;

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
 * An administrator stores the token an API step sends, in a real browser: a badly named secret is refused in the
 * GOV.UK error summary, a good one is saved and never shown back, and it can be removed. Every page passes axe-core.
 */
@BrowserTest
class ApiSecretsInTheBrowserTests {

    private static final String VALUE = "tok-" + java.util.UUID.randomUUID();

    private final Browser browser;

    ApiSecretsInTheBrowserTests(Browser browser) {
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
    void anAdministratorStoresASecretThatIsNeverShownAgainAndRemovesIt() {
        var name = council.named("revenues-token");
        browser.visit("/admin/api-secrets");
        assertThat(browser.heading()).isEqualTo("API secrets");
        browser.assertAccessible();

        browser.type("#name", "Revenues Token").type("#value", VALUE).press("Save secret");

        assertThat(browser.title()).startsWith("Error:");
        assertThat(browser.text("#name-error")).contains("lowercase letters and digits joined by hyphens");
        assertThat(browser.find("#value").getAttribute("value")).isEmpty();
        assertThat(source()).doesNotContain(VALUE);
        browser.assertAccessible();

        browser.type("#name", name).type("#value", VALUE).press("Save secret");

        assertThat(browser.path()).isEqualTo("/admin/api-secrets");
        assertThat(browser.text(".govuk-notification-banner")).contains("Secret ‘" + name + "’ saved");
        assertThat(browser.text("#secrets")).contains(name);
        assertThat(source()).doesNotContain(VALUE);
        browser.assertAccessible();

        browser.press("Remove " + name);

        assertThat(browser.text(".govuk-notification-banner")).contains("Secret ‘" + name + "’ removed");
        assertThat(browser.pageText()).doesNotContain(name + " ");
    }

    private String source() {
        return (String) browser.script("return document.documentElement.outerHTML");
    }
}
