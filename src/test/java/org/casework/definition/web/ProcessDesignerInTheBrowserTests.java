package org.casework.definition.web;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
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
    void aRemovalFromAPageOpenedBeforeSomeoneElseSavedIsRefusedAndOneFromAFreshPageIsMade() {
        var process = council.named("missed-bin");
        var twoStages = "{\"key\": \"" + process + "\", \"name\": \"Missed bin\", \"stages\": ["
                + "{\"key\": \"collecting\", \"name\": \"Collecting\", \"targetWorkingDays\": 2},"
                + " {\"key\": \"checking\", \"name\": \"Checking\", \"targetWorkingDays\": 1}]}";
        council.saveDraft(admin.api(), twoStages, process);

        browser.visit("/admin/processes/" + process + "/draft/stages/checking");
        council.saveDraft(admin.api(), twoStages, process);
        browser.press("Remove this stage");

        assertThat(browser.text("#conflict")).contains("changed this draft while you were editing it");
        assertThat(browser.text("#stage-1")).contains("Checking");

        browser.visit("/admin/processes/" + process + "/draft/stages/checking");
        browser.press("Remove this stage");

        assertThat(browser.text(".govuk-notification-banner")).contains("Stage ‘checking’ removed");
        assertThat(browser.all("#stage-1")).isEmpty();
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

        browser.visit(draft + "/steps/new?kind=checklist");
        browser.type("#key", "check").type("#name", "Check the bags").type(named("allocation.team"), "gardens");
        browser.type(named("items[0].key"), "bags").type(named("items[0].label"), "Bags counted");
        edit("add-item@items");
        browser.type(named("items[1].key"), "photo").type(named("items[1].label"), "Photo taken");
        browser.select(named("items[1].evidence"), "required").select("#next", "done");
        browser.assertAccessible();
        browser.press("Save step");
        browser.visit(draft + "/steps/new?kind=approval");
        browser.type("#key", "approve").type("#name", "Approve the collection");
        redrawnAfter(() -> browser.choose("Anyone in a team"));
        browser.type("#team", "gardens").select("#approved", "done").select("#rejected", "done");
        browser.assertAccessible();
        browser.press("Save step");

        browser.visit(draft + "/steps/new?kind=sub-process");
        browser.type("#key", "survey").type("#name", "Survey the garden");
        browser.type(named("processes[0].process"), process).type(named("processes[0].fields"), "status = status");
        browser.find("#wait").click();
        browser.select("#next", "done");
        browser.assertAccessible();
        browser.press("Save step");
        browser.visit(draft + "/steps/new?kind=change-access");
        browser.type("#key", "restrict").type("#name", "Only the gardens team").type("#teams", "gardens");
        browser.choose("Team lead").select("#next", "done");
        browser.assertAccessible();
        browser.press("Save step");

        browser.visit(draft);
        assertThat(browser.text("#step-6")).contains("Survey the garden", "Sub-process");
        assertThat(browser.text("#step-7")).contains("Only the gardens team", "Change access");
        browser.visit(draft + "/steps/survey");
        assertThat(browser.find(named("processes[0].fields")).getAttribute("value"))
                .isEqualTo("status = status");
        assertThat(browser.find("#wait").isSelected()).isFalse();
        browser.visit(draft + "/steps/restrict");
        assertThat(browser.find("#teams").getAttribute("value")).isEqualTo("gardens");
        browser.visit(draft + "/details").choose("Flexible: officers may move a case to any stage");
        browser.press("Save details");
        assertThat(browser.visit(draft + "/details").find("#mode-flexible").isSelected())
                .isTrue();

        browser.visit(draft);
        assertThat(browser.text("#step-4")).contains("Check the bags", "Checklist");
        assertThat(browser.text("#step-5")).contains("Approve the collection", "Approval");
        browser.visit(draft + "/steps/check");
        assertThat(browser.find(named("items[1].evidence")).getAttribute("value"))
                .isEqualTo("required");
        browser.visit(draft + "/steps/approve");
        assertThat(browser.find("#team").getAttribute("value")).isEqualTo("gardens");
        assertThat(browser.all("#approver")).isEmpty();

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
        // An approval's decision is an event to act on, and whoever asked for it someone to tell.
        browser.visit(draft + "/actions/new?kind=notify");
        assertThat(browser.text("#on")).contains("approval approved", "approval rejected");
        assertThat(browser.text("#to")).contains("Whoever asked for the approval");
    }

    @Test
    void theOnlineFormsPagesAreDesignedWithAPageShownOnlyForSomeAnswers() {
        var process = council.named("tree-works");
        council.saveDraft(admin.api(), """
                {"key": "%s", "name": "Tree works", "start": "done",
                 "fields": [{"key": "your-name", "label": "Your name", "type": "text"},
                            {"key": "protected", "label": "Is the tree protected", "type": "boolean"},
                            {"key": "order-number", "label": "Preservation order number", "type": "text"}],
                 "steps": [{"kind": "end", "key": "done", "name": "Done", "outcome": "resolved"}]}
                """.formatted(process), process);
        var draft = "/admin/processes/" + process + "/draft";

        browser.visit(draft).press("Change the online form");
        assertThat(browser.heading()).isEqualTo("Online form");
        browser.press("Add a page")
                .type("#key", "about-you")
                .choose("Your name (your-name)")
                .choose("Is the tree protected (protected)");
        browser.press("Save page");
        // Two questions need a title: said beside it, and the page stays open.
        assertThat(browser.text(id("title-error"))).contains("asks several questions: give it a title");
        browser.assertAccessible();
        browser.type("#title", "About you and the tree").press("Save page");
        assertThat(browser.text(".govuk-notification-banner")).contains("Page 1 (about-you) saved");

        browser.press("Add a page").type("#key", "order").choose("Preservation order number (order-number)");
        edit("add-compare@showIf");
        pick("showIf.field", "protected");
        pick("showIf.op", "equals");
        browser.select(named("showIf.value"), "true");
        browser.assertAccessible();
        browser.press("Save page");

        assertThat(browser.text(id("pages[1]"))).contains("2. order (with a condition)", "order-number");
        browser.find("#public").click();
        browser.type("#introduction", "Ask to cut back or fell a tree.").press("Save the form");
        assertThat(browser.text(".govuk-notification-banner")).contains("Online form saved");
        assertThat(browser.all(".govuk-error-summary")).isEmpty();
        browser.assertAccessible();
        browser.visit(draft);
        assertThat(browser.text("#form + p")).isEqualTo("2 pages, offered in the portal.");
    }

    /**
     * The acceptance: a process designed in the browser calls another council system (a local server here),
     * maps its answer into fields, branches on one of them, and asks a manager to approve; the manager approves on the
     * case page and the case closes.
     */
    @Test
    void aProcessDesignedInTheBrowserCallsAnotherSystemBranchesOnItsAnswerAndIsApproved() throws IOException {
        var revenues = council.team("revenues");
        var manager = council.signInOfficer("mo", Set.of(Role.OFFICER));
        var process = council.named("discount");
        try (var system = new RevenuesSystem("{\"status\": \"in-arrears\", \"balance\": 120}")) {
            browser.visit("/admin/processes").press("Create a process");
            browser.type("#key", process).type("#name", "Council tax discount").press("Create the draft");
            var draft = "/admin/processes/" + process + "/draft";
            browser.press("Add a field");
            browser.type("#key", "account-number")
                    .type("#label", "Account number")
                    .select("#type", "text");
            browser.press("Save field");
            browser.press("Add a field");
            browser.type("#key", "account-status")
                    .type("#label", "Account status")
                    .select("#type", "choice");
            browser.type("#options", "clear\nin-arrears = In arrears").press("Save field");
            browser.press("Add a field");
            browser.type("#key", "balance").type("#label", "Balance").select("#type", "number");
            browser.press("Save field");

            browser.visit(draft + "/steps/new?kind=end");
            browser.type("#key", "granted").type("#name", "Granted").type("#outcome", "granted");
            browser.press("Save step");
            browser.visit(draft + "/steps/new?kind=end");
            browser.type("#key", "refused").type("#name", "Refused").type("#outcome", "refused");
            browser.press("Save step");

            browser.visit(draft).press("Add a step").choose("Approval").press("Continue");
            browser.type("#key", "manager-approves").type("#name", "Manager approves the discount");
            browser.type("#approver", manager.username()).type("#targetWorkingDays", "2");
            browser.select("#approved", "granted").select("#rejected", "refused");
            browser.assertAccessible();
            browser.press("Save step");

            browser.visit(draft + "/steps/new?kind=branch");
            browser.type("#key", "check-arrears").type("#name", "Check for arrears");
            edit("add-compare@routes[0].when");
            pick("routes[0].when.field", "account-status");
            pick("routes[0].when.op", "equals");
            browser.select(named("routes[0].when.value"), "in-arrears");
            browser.select(named("routes[0].next"), "manager-approves").select("#otherwise", "granted");
            browser.press("Save step");

            browser.visit(draft).press("Add a step").choose("API call").press("Continue");
            browser.type("#key", "check-account").type("#name", "Check the council tax account");
            assertThat(browser.text("#placeholders")).contains("{{caseReference}}", "{{account-number}}");
            browser.select(named("request.method"), "POST");
            browser.type(named("request.url"), system.address() + "/accounts/{{account-number}}");
            browser.type(named("request.headers[0].name"), "X-Case").type(named("request.headers[0].value"), "{{x}}");
            browser.type(named("request.body"), "{\"account\": \"{{account-number}}\"}");
            browser.select(named("response[0].field"), "account-status");
            browser.type(named("response[0].path"), "$.status");
            edit("add-mapping@response");
            browser.select(named("response[1].field"), "balance").type(named("response[1].path"), "$.balance");
            browser.type("#failureTeam", revenues).type("#attempts", "2");
            browser.select("#next", "check-arrears");
            browser.assertAccessible();
            browser.press("Save step");
            // {{x}} names no field: said beside the header it is in, and the step is kept to be fixed.
            assertThat(browser.text("[id=\"request.headers['X-Case']\"]")).contains("uses {{x}}, which is not a field");
            assertThat(browser.all("[name^='response['][name$='.path']").stream()
                            .map(input -> input.getAttribute("value")))
                    .containsExactlyInAnyOrder("$.status", "$.balance");
            browser.assertAccessible();
            browser.type(named("request.headers[0].value"), "{{caseReference}}").press("Save step");

            browser.visit(draft + "/details").select("#start", "check-account").press("Save details");
            assertThat(browser.all(".govuk-error-summary")).isEmpty();
            browser.press("Publish");
            browser.type("#changeNote", "Checks the account first").press("Publish");
            assertThat(browser.text(".govuk-notification-banner")).contains("version 1 published");

            var started = admin.api()
                    .post("/api/v1/cases", Map.of("process", process, "data", Map.of("account-number", "A123")));
            var reference = started.text("/reference");
            await().atMost(Duration.ofSeconds(20))
                    .until(() -> admin.api()
                            .get("/api/v1/cases/" + started.text("/id"))
                            .text("/currentStep")
                            .equals("manager-approves"));
            var call = system.received().getFirst();
            assertThat(call)
                    .startsWith("POST /accounts/A123")
                    .contains("x-case: " + reference, "\"account\": \"A123\"");

            browser.signOut().signIn(manager.username(), TestCouncil.PASSWORD).visit("/cases/" + reference);
            assertThat(browser.text("#case-data"))
                    .contains("Account status", "Balance", "120")
                    .containsPattern("(?i)in.arrears");
            assertThat(browser.text("#timeline")).contains("Api call answered");
            assertThat(browser.text("#approve-task")).contains("Manager approves the discount");
            browser.assertAccessible();
            browser.press("Approve");
            assertThat(browser.text(".govuk-notification-banner"))
                    .contains("You approved Manager approves the discount");
            assertThat(browser.text("#case-summary")).contains("Closed", "granted");
            assertThat(browser.text("#timeline")).contains("Approved");
        }
    }

    /** The revenues system on a local port: answers every call with the same JSON and keeps what it was sent. */
    private static final class RevenuesSystem implements AutoCloseable {

        private final HttpServer server;
        private final List<String> received = new CopyOnWriteArrayList<>();

        RevenuesSystem(String answer) throws IOException {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.createContext("/", exchange -> {
                try (exchange) {
                    var headers = new StringBuilder();
                    exchange.getRequestHeaders()
                            .forEach((name, values) -> headers.append(name.toLowerCase())
                                    .append(": ")
                                    .append(String.join(",", values))
                                    .append("\n"));
                    received.add(exchange.getRequestMethod() + " "
                            + exchange.getRequestURI().getRawPath() + "\n" + headers + "\n"
                            + new String(exchange.getRequestBody().readAllBytes(), UTF_8));
                    var body = answer.getBytes(UTF_8);
                    exchange.getResponseHeaders().set("Content-Type", "application/json");
                    exchange.sendResponseHeaders(200, body.length);
                    exchange.getResponseBody().write(body);
                }
            });
            server.start();
        }

        String address() {
            return "http://127.0.0.1:" + server.getAddress().getPort();
        }

        List<String> received() {
            return List.copyOf(received);
        }

        @Override
        public void close() {
            server.stop(0);
        }
    }

    /** Presses a button of the condition builder (or any button sending edit=verb@path) and waits for the new page. */
    private void edit(String verbAtPath) {
        newPageAfter(() -> browser.find("button[value='" + verbAtPath + "']").click());
    }

    private void newPageAfter(Runnable doing) {
        browser.replacing("html", doing);
    }

    /** Picks an option of a select that redraws the form (through htmx) and waits for the redrawn form. */
    private void pick(String name, String value) {
        redrawnAfter(() -> browser.select(named(name), value));
    }

    /** Does something that redraws the form (through htmx) and waits for the redrawn form. */
    private void redrawnAfter(Runnable doing) {
        browser.replacing(".app-designer-form", doing);
    }

    private static String named(String name) {
        return "[name='" + name + "']";
    }

    private static String id(String id) {
        return "[id='" + id + "']";
    }
}
