package org.casework.notification.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
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
 * An administrator writes a notification template in a real browser: a placeholder no process has is refused in the
 * GOV.UK error summary with everything typed kept, the fixed template is saved and previewed as the email a resident
 * will read, a typed change is previewed without saving, and the message a case sends shows in the delivery log with
 * a link to its case. Contractors are added the same way. Every page state passes axe-core.
 */
@BrowserTest
class NotificationTemplatesInTheBrowserTests {

    private final Browser browser;

    NotificationTemplatesInTheBrowserTests(Browser browser) {
        this.browser = browser;
    }

    @Autowired
    Staff staff;

    @Autowired
    ApiKeys apiKeys;

    @LocalServerPort
    int port;

    TestCouncil council;
    TestCouncil.Officer admin;
    String process;

    @BeforeEach
    void anAdministratorSignedInWithTwoFactorAndADraftBinProcess() {
        council = new TestCouncil(staff, apiKeys, port);
        admin = council.signInOfficer("ada", Set.of(Role.ADMIN));
        process = council.named("missed-bin");
        browser.signIn(admin.username(), TestCouncil.PASSWORD);
        var app = new AuthenticatorApp(browser.text("#secret"));
        browser.type("#code", app.nextCode()).press("Turn on two-factor sign-in");
    }

    @Test
    void anAdministratorFixesABadPlaceholderSavesTheTemplateAndSeesTheEmailAndItsDeliveries() {
        var key = council.named("bin-collected");
        council.saveDraft(admin.api(), binProcess(key), process);

        browser.visit("/tasks").press("Notifications");
        assertThat(browser.path()).isEqualTo("/admin/notifications/templates");
        browser.assertAccessible();
        browser.press("Write a template");
        assertThat(browser.heading()).isEqualTo("Write a template");
        browser.type("#key", key)
                .type("#name", "Bin collected")
                .type("#emailSubject", "Your bin ((reference))")
                .type("#emailBody", "# We emptied your bin\n\nDear ((citizen name)),\n\n* It was ((shade of paint))")
                .press("Save template");

        assertThat(browser.title()).startsWith("Error:");
        assertThat(browser.text(".govuk-error-summary"))
                .contains("((shade of paint)) is not a detail of a case or a field of any process");
        assertThat(browser.text("#emailBody-error")).contains("((shade of paint))");
        assertThat(browser.find("#emailBody").getAttribute("value")).endsWith("It was ((shade of paint))");
        browser.assertAccessible();

        browser.type("#emailBody", "# We emptied your bin\n\nDear ((citizen name)),\n\n* Your ((bin-type)) bin")
                .press("Save template");

        assertThat(browser.path()).isEqualTo("/admin/notifications/templates/" + key);
        assertThat(browser.text(".govuk-notification-banner--success")).contains("Template ‘Bin collected’ saved");
        assertThat(browser.text("#preview-subject")).isEqualTo("Your bin CW-2026-000123");
        assertThat(browser.text("#preview-email-body h2")).isEqualTo("We emptied your bin");
        assertThat(browser.text("#preview-email-body")).contains("Dear Sam Sample,");
        assertThat(browser.text("#preview-email-body li")).isEqualTo("Your [bin-type] bin");
        browser.assertAccessible();

        browser.type("#smsBody", "Your bin for ((reference)) was emptied").press("Preview");
        assertThat(browser.text("#preview-sms")).isEqualTo("Your bin for CW-2026-000123 was emptied");
        assertThat(browser.text("#preview-sms-length")).isEqualTo("39 characters, 1 text message");
        assertThat(browser.find("#smsBody").getAttribute("value")).isEqualTo("Your bin for ((reference)) was emptied");
        browser.assertAccessible();
        assertThat(admin.api()
                        .get("/api/v1/notification-templates/" + key)
                        .json()
                        .path("smsBody")
                        .isNull())
                .as("previewing saves nothing")
                .isTrue();

        council.publishDraft(admin.api(), process);
        var started = admin.api()
                .post(
                        "/api/v1/cases",
                        Map.of(
                                "process",
                                process,
                                "data",
                                Map.of("bin-type", "garden"),
                                "citizen",
                                Map.of("name", "Jo", "email", council.named("jo") + "@example.org")));
        assertThat(started.status()).as(started.toString()).isEqualTo(201);
        var reference = started.text("/reference");

        browser.visit("/admin/notifications/deliveries")
                .type("#reference", reference)
                .submit("Search");
        // The template's message, beside the confirmation every request made for a citizen gets.
        assertThat(browser.rows("#deliveries"))
                .hasSize(2)
                .anySatisfy(row -> assertThat(row).contains(reference, "request-confirmation"))
                .anySatisfy(row -> assertThat(row)
                        .contains(reference, key)
                        .anySatisfy(cell -> assertThat(cell).contains(council.named("jo") + "@example.org")));
        browser.assertAccessible();
        browser.press(reference);
        assertThat(browser.path()).isEqualTo("/cases/" + reference);
    }

    @Test
    void anAdministratorAddsAContractorOnceTheyGiveAWayToReachThem() {
        var key = council.named("green-gardens");
        browser.visit("/admin/notifications/contractors").press("Add a contractor");
        browser.assertAccessible();
        browser.type("#key", key).type("#name", "Green Gardens").press("Save contractor");

        assertThat(browser.text(".govuk-error-summary")).contains("Enter an email address, a mobile number or both");
        browser.assertAccessible();
        browser.type("#email", "jobs@green.example").press("Save contractor");

        assertThat(browser.path()).isEqualTo("/admin/notifications/contractors");
        assertThat(browser.text("#contractors")).contains("Green Gardens", key, "jobs@green.example");
        browser.assertAccessible();
    }

    @Test
    void anOfficerCannotOpenTheNotificationPages() {
        var officer = council.signInOfficer("olive", Set.of(Role.OFFICER), "highways");
        browser.signOut().signIn(officer.username(), TestCouncil.PASSWORD);

        assertThat(browser.all("a[href='/admin/notifications/templates']")).isEmpty();
        browser.visit("/admin/notifications/templates");
        assertThat(browser.heading()).isEqualTo("You cannot do that");
    }

    private String binProcess(String template) {
        return """
                {
                  "key": "%s",
                  "name": "Report a missed bin",
                  "fields": [{"key": "bin-type", "label": "Which bin?", "type": "text"}],
                  "start": "done",
                  "steps": [{"kind": "end", "key": "done", "name": "Done", "outcome": "collected"}],
                  "actions": [{"kind": "notify", "on": "case-started", "template": "%s", "to": "citizen"}]
                }
                """.formatted(process, template);
    }
}
