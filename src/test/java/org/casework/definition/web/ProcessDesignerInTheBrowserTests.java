package org.casework.definition.web;

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
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An administrator designs a process in a real browser without writing JSON: a field from the shared library beside
 * the process's own, two stages, a task, a branch whose condition nests an "any" group inside an "all" group (with a
 * FEEL expression checked as it is typed), an end, and an action. A slip is shown beside the input it is about, is
 * fixed, and the process is published with a change note; a case of it then reaches the step its answers lead to.
 * Every page state passes axe-core.
 */
@BrowserTest
class ProcessDesignerInTheBrowserTests {

    private final Browser browser;

    ProcessDesignerInTheBrowserTests(Browser browser) {
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

    @BeforeEach
    void anAdministratorSignedInWithTwoFactor() {
        council = new TestCouncil(staff, apiKeys, port);
        admin = council.signInOfficer("ada", Set.of(Role.ADMIN));
        browser.signIn(admin.username(), TestCouncil.PASSWORD);
        var app = new AuthenticatorApp(browser.text("#secret"));
        browser.type("#code", app.nextCode()).press("Turn on two-factor sign-in");
    }

    @Test
    void anAdministratorDesignsAProcessFromScratchPublishesItAndACaseFollowsIt() {
        var highways = council.team("highways");
        var nearSchool = council.named("near-school");
        var process = council.named("pothole");

        browser.visit("/tasks").press("Processes");
        assertThat(browser.path()).isEqualTo("/admin/processes");
        browser.press("Field library").press("Add a library field");
        browser.type("#key", nearSchool).type("#label", "Near a school").select("#type", "boolean");
        browser.press("Save library field");
        assertThat(browser.text("#library-" + nearSchool)).contains("Near a school");
        browser.assertAccessible();

        browser.visit("/admin/processes").press("Create a process");
        browser.type("#key", process).type("#name", "Report a pothole").press("Create the draft");
        assertThat(browser.path()).isEqualTo("/admin/processes/" + process + "/draft");
        assertThat(browser.text(".govuk-error-summary")).contains("The process has no steps");
        browser.assertAccessible();

        browser.press("Add a field");
        browser.type("#key", "category").type("#label", "What is the problem").select("#type", "choice");
        browser.type("#options", "pothole\nstreetlight = Broken streetlight\nother")
                .press("Save field");
        browser.press("Add a field");
        browser.type("#key", "depth").type("#label", "Depth in millimetres").select("#type", "number");
        browser.press("Save field");
        browser.select("#libraryField", nearSchool).press("Add from the library");
        assertThat(browser.text("#field-2")).contains("Near a school", nearSchool, "boolean");

        browser.press("Add a stage").type("#key", "assessing").type("#name", "Assessing");
        browser.type("#targetWorkingDays", "2").press("Save stage");
        browser.press("Add a stage").type("#key", "repairing").type("#name", "Repairing");
        browser.type("#targetWorkingDays", "10").press("Save stage");

        browser.press("Add a step").choose("End").press("Continue");
        browser.type("#key", "closed").type("#name", "Closed").type("#outcome", "resolved");
        browser.press("Save step");

        browser.press("Add a step").choose("Task").press("Continue");
        browser.type("#key", "repair").type("#name", "Repair the pothole").select("#stage", "repairing");
        browser.type(named("allocation.team"), highways);
        browser.find("#fields").click();
        browser.find("#mandatory").click();
        browser.assertAccessible();
        browser.select("#next", "closed").press("Save step");
        // Saved with a problem (nothing leads to it yet), so the step stays open with the problem beside it.
        assertThat(browser.text(".govuk-notification-banner")).contains("Step ‘Repair the pothole (repair)’ saved");
        assertThat(browser.text(".govuk-error-summary")).contains("Step 'repair' cannot be reached from the start");

        browser.press("Back to the draft").press("Add a step").choose("Branch").press("Continue");
        browser.type("#key", "route").type("#name", "Route the report").select("#stage", "assessing");
        edit("add-all@routes[0].when");
        edit("add-compare@routes[0].when");
        edit("add-any@routes[0].when");
        edit("add-feel@routes[0].when.all[2]");
        assertThat(browser.find("#key").getAttribute("value")).isEqualTo("route");
        // Each pick of a field or comparison redraws the form, offering what suits the field: a choice's options.
        pick("routes[0].when.all[0].field", "category");
        pick("routes[0].when.all[0].op", "equals");
        assertThat(browser.find(named("routes[0].when.all[0].value")).getTagName())
                .isEqualTo("select");
        browser.select(named("routes[0].when.all[0].value"), "pothole");
        pick("routes[0].when.all[1].field", "depth");
        pick("routes[0].when.all[1].op", "greater-than");
        pick("routes[0].when.all[2].any[0].field", nearSchool);
        pick("routes[0].when.all[2].any[0].op", "equals");
        browser.select(named("routes[0].when.all[2].any[0].value"), "true");
        browser.type(named("routes[0].when.all[2].any[1].feel"), "depth >");
        browser.waitForText(".app-feel-check", "The expression");
        assertThat(browser.text(".app-feel-check")).doesNotContain("reads correctly");
        browser.type(named("routes[0].when.all[2].any[1].feel"), "depth > 300");
        browser.waitForText(".app-feel-check", "reads correctly");
        browser.select(named("routes[0].next"), "repair").select("#otherwise", "closed");
        browser.assertAccessible();
        browser.press("Save step");

        // The depth was left without a value: said beside it, and in the summary that links to it.
        assertThat(browser.path()).isEqualTo("/admin/processes/" + process + "/draft/steps/route");
        assertThat(browser.text(id("routes[0].when.all[1].value-error")))
                .contains("uses 'greater-than' without a value");
        assertThat(browser.find(".govuk-error-summary a[href='#routes[0].when.all[1].value']")
                        .getText())
                .contains("without a value");
        browser.assertAccessible();
        // Enter in a box saves the step (it does not press the first of the builder's buttons).
        browser.type(named("routes[0].when.all[1].value"), "100");
        newPageAfter(() -> browser.find(named("routes[0].when.all[1].value")).sendKeys(Keys.ENTER));
        assertThat(browser.text(".govuk-notification-banner")).contains("Step ‘Route the report (route)’ saved");
        assertThat(browser.all(id("routes[0].when.all[1].value-error"))).isEmpty();

        browser.visit("/admin/processes/" + process + "/draft").press("Change the details");
        browser.select("#start", "route").press("Save details");
        browser.select("#action-kind", "reassign").press("Add an action");
        browser.select("#on", "sla-breach").type("#team", highways);
        browser.assertAccessible();
        browser.press("Save action");
        assertThat(browser.all(".govuk-error-summary")).isEmpty();
        assertThat(browser.text("#step-2")).contains("Route the report", "Branch", "First");
        browser.assertAccessible();

        browser.press("Publish");
        browser.type("#changeNote", "First version, designed in the browser").press("Publish");
        assertThat(browser.path()).isEqualTo("/admin/processes");
        assertThat(browser.text(".govuk-notification-banner")).contains("version 1 published");
        assertThat(browser.text("#process-" + process)).contains("Version 1");

        var deep = admin.api()
                .post(
                        "/api/v1/cases",
                        Map.of(
                                "process",
                                process,
                                "data",
                                Map.of("category", "pothole", "depth", 150, nearSchool, true)));
        assertThat(deep.status()).isEqualTo(201);
        assertThat(deep.text("/currentStep")).isEqualTo("repair");
        var shallow = admin.api()
                .post(
                        "/api/v1/cases",
                        Map.of(
                                "process",
                                process,
                                "data",
                                Map.of("category", "pothole", "depth", 50, nearSchool, false)));
        assertThat(shallow.text("/status")).isEqualTo("closed");
    }

    @Test
    void whenSomeoneElseSavedTheDraftMeanwhileTheSaveIsRefusedAndWhatWasTypedIsKept() {
        var process = council.named("missed-bin");
        council.saveDraft(admin.api(), "{\"key\": \"" + process + "\", \"name\": \"Missed bin\"}", process);

        browser.visit("/admin/processes/" + process + "/draft/details");
        browser.type("#name", "Report a missed bin");
        council.saveDraft(
                admin.api(),
                "{\"key\": \"" + process + "\", \"name\": \"Missed bin\", \"stages\": [{\"key\": \"collecting\","
                        + " \"name\": \"Collecting\", \"targetWorkingDays\": 2}]}",
                process);
        browser.press("Save details");

        assertThat(browser.text("#revision")).contains("changed this draft while you were editing it");
        assertThat(browser.find("#name").getAttribute("value")).isEqualTo("Report a missed bin");
        browser.assertAccessible();

        // Saved again, the details change on top of the other change, which stays.
        browser.press("Save details");
        assertThat(browser.heading()).isEqualTo("Report a missed bin");
        assertThat(browser.text("#stage-0")).contains("Collecting");
    }

    @Test
    void everyKindOfStepAndActionHasItsOwnEditor() {
        var process = council.named("garden-waste");
        council.saveDraft(admin.api(), """
                {"key": "%s", "name": "Garden waste", "start": "done",
                 "fields": [{"key": "status", "label": "Status", "type": "text"},
                            {"key": "collect-on", "label": "Collect on", "type": "date"}],
                 "steps": [{"kind": "end", "key": "done", "name": "Done", "outcome": "resolved"}]}
                """.formatted(process), process);
        var draft = "/admin/processes/" + process + "/draft";

        browser.visit(draft + "/steps/new?kind=automatic");
        browser.type("#key", "mark").type("#name", "Mark received").type("#set", "status = received");
        browser.select("#next", "done").press("Save step");
        browser.visit(draft + "/steps/new?kind=timer");
        browser.type("#key", "wait").type("#name", "Wait for the day").select("#untilField", "collect-on");
        browser.select("#next", "done").press("Save step");
        browser.visit(draft + "/steps/new?kind=information-request");
        browser.type("#key", "ask").type("#name", "Ask for a photo").type("#message", "Please send a photo");
        browser.type("#documents", "photo").type("#replyWithinWorkingDays", "5");
        browser.select("#next", "done").press("Save step");
        browser.assertAccessible();

        browser.visit(draft);
        assertThat(browser.text("#step-1")).contains("Mark received", "Automatic", "done");
        assertThat(browser.text("#step-2")).contains("Wait for the day", "Timer");
        assertThat(browser.text("#step-3")).contains("Ask for a photo", "Information request");

        for (var kind : java.util.List.of("notify", "set-fields", "webhook", "reassign", "start-process")) {
            browser.visit(draft + "/actions/new?kind=" + kind);
            assertThat(browser.heading()).startsWith("Add an action: ");
        }
        browser.select("#on", "case-started").type("#process", process).press("Save action");
        assertThat(browser.text("#action-0")).contains("Start a case of another process");
    }

    /** Presses a button of the condition builder (or any button sending edit=verb@path) and waits for the new page. */
    private void edit(String verbAtPath) {
        newPageAfter(() -> browser.find("button[value='" + verbAtPath + "']").click());
    }

    private void newPageAfter(Runnable doing) {
        var page = browser.find("html");
        doing.run();
        for (int i = 0; i < 200; i++) {
            try {
                page.isEnabled();
                Thread.sleep(50);
            } catch (StaleElementReferenceException reloaded) {
                return;
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        throw new AssertionError("No new page loaded");
    }

    /** Picks an option of a select that redraws the form (through htmx) and waits for the redrawn form. */
    private void pick(String name, String value) {
        var form = browser.find(".app-designer-form");
        browser.select(named(name), value);
        for (int i = 0; i < 200; i++) {
            try {
                form.isEnabled();
                Thread.sleep(50);
            } catch (StaleElementReferenceException redrawn) {
                browser.waitFor(".app-designer-form");
                return;
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        throw new AssertionError("Picking " + value + " for " + name + " did not redraw the form");
    }

    private static String named(String name) {
        return "[name='" + name + "']";
    }

    private static String id(String id) {
        return "[id='" + id + "']";
    }
}
