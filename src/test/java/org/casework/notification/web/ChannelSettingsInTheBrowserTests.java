package org.casework.notification.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.casework.identity.ApiKeys;
import org.casework.identity.Role;
import org.casework.identity.Staff;
import org.casework.support.AuthenticatorApp;
import org.casework.support.Browser;
import org.casework.support.BrowserTestWithoutNotifySettings;
import org.casework.support.FakeNotify;
import org.casework.support.TestCouncil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An administrator of a council whose environment sets no GOV.UK Notify settings sets it up in a real browser: a key
 * in the wrong form is refused in the GOV.UK error summary, the right one is saved and never shown back, and a test
 * text message reaches Notify. A webhook's secret is shown once, after registering. Every page state passes axe-core.
 */
@BrowserTestWithoutNotifySettings
class ChannelSettingsInTheBrowserTests {

    private final Browser browser;

    ChannelSettingsInTheBrowserTests(Browser browser) {
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

    TestCouncil council;
    FakeNotify notify = FakeNotify.shared();

    @BeforeEach
    void anAdministratorSignedInWithTwoFactor() {
        council = new TestCouncil(staff, apiKeys, port);
        var admin = council.signInOfficer("ada", Set.of(Role.ADMIN));
        browser.signIn(admin.username(), TestCouncil.PASSWORD);
        var app = new AuthenticatorApp(browser.text("#secret"));
        browser.type("#code", app.nextCode()).press("Turn on two-factor sign-in");
    }

    @AfterEach
    void forgetStoredSettings() {
        db.sql("delete from notification_settings").update();
    }

    @Test
    void anAdministratorFixesAMistypedKeySavesNotifyAndSendsATestTextMessage() {
        browser.visit("/admin/notifications/channels");
        assertThat(browser.heading()).isEqualTo("Notifications");
        assertThat(browser.text("#sms-status")).startsWith("Not set up");
        browser.assertAccessible();

        browser.type("#apiKey", "casework-" + FakeNotify.SECRET)
                .type("#baseUrl", notify.baseUrl())
                .type("#emailTemplateId", FakeNotify.EMAIL_TEMPLATE)
                .type("#smsTemplateId", FakeNotify.SMS_TEMPLATE)
                .press("Save GOV.UK Notify settings");

        assertThat(browser.title()).startsWith("Error:");
        assertThat(browser.text(".govuk-error-summary")).contains("Enter the API key as GOV.UK Notify showed it");
        assertThat(browser.text("#apiKey-error")).contains("two long codes");
        assertThat(browser.find("#apiKey").getAttribute("value")).isEmpty();
        assertThat(browser.find("#smsTemplateId").getAttribute("value")).isEqualTo(FakeNotify.SMS_TEMPLATE);
        assertThat(source()).doesNotContain(FakeNotify.SECRET);
        browser.assertAccessible();

        browser.type("#apiKey", FakeNotify.API_KEY).press("Save GOV.UK Notify settings");

        assertThat(browser.path()).isEqualTo("/admin/notifications/channels");
        assertThat(browser.text(".govuk-notification-banner")).contains("GOV.UK Notify settings saved");
        assertThat(browser.find("#apiKey").getAttribute("value")).isEmpty();
        assertThat(browser.text("#apiKey-hint")).contains("A key is saved; it is never shown");
        assertThat(browser.text("#sms-status")).isEqualTo("Sent by GOV.UK Notify");
        assertThat(source()).doesNotContain(FakeNotify.SECRET).doesNotContain(FakeNotify.SERVICE_ID);
        browser.assertAccessible();

        var number = "07700 900" + (100 + (int) (Math.random() * 800));
        browser.type("#testSmsTo", number).press("Send a test text message");

        assertThat(browser.text(".govuk-notification-banner")).contains("The test text message was sent to " + number);
        assertThat(notify.taken())
                .anyMatch(t -> t.request().path("phone_number").asString().equals(number));
        browser.assertAccessible();
    }

    @Test
    void aWebhooksSecretIsShownOnceAfterRegistering() {
        var key = council.named("street-works");
        browser.visit("/admin/notifications/webhooks");
        browser.assertAccessible();

        browser.type("#key", key).type("#url", "http://hooks.example.com/in").press("Register webhook");
        assertThat(browser.title()).startsWith("Error:");
        assertThat(browser.text(".govuk-error-summary")).contains("Enter the full web address, starting https://");
        browser.assertAccessible();

        browser.type("#url", "https://hooks.example.com/in").press("Register webhook");

        assertThat(browser.text(".govuk-notification-banner")).contains("Webhook ‘" + key + "’ registered");
        var secret = browser.text("#new-secret-value");
        assertThat(secret).startsWith("whsec_");
        assertThat(browser.text("tr[data-webhook='" + key + "']")).contains("Active");
        browser.assertAccessible();

        browser.visit("/admin/notifications/webhooks");
        assertThat(browser.all("#new-secret")).isEmpty();
        assertThat(source()).doesNotContain(secret);

        browser.press("Deactivate " + key);
        assertThat(browser.text(".govuk-notification-banner")).contains("deactivated");
        assertThat(browser.text("tr[data-webhook='" + key + "']")).contains("Deactivated");
    }

    private String source() {
        return (String) browser.script("return document.documentElement.outerHTML");
    }
}
