package org.casework.work.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.casework.conversation.Documents;
import org.casework.conversation.TestFiles;
import org.casework.conversation.Uploader;
import org.casework.engine.CaseId;
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

/**
 * Approvals and checklists on the case page in a real browser: the approver rejects without a reason and is told to
 * give one, then approves with a comment; an officer cannot complete a checklist until its items are ticked and its
 * evidence chosen, each tick saved as it is made. Every page passes axe-core.
 */
@BrowserTest
class HumanStepsInTheBrowserTests {

    private final Browser browser;

    HumanStepsInTheBrowserTests(Browser browser) {
        this.browser = browser;
    }

    @Autowired
    Staff staff;

    @Autowired
    ApiKeys apiKeys;

    @Autowired
    Documents documents;

    @LocalServerPort
    int port;

    TestCouncil council;
    TestCouncil.Officer admin;

    @BeforeEach
    void aCouncil() {
        council = new TestCouncil(staff, apiKeys, port);
        admin = council.admin();
    }

    @Test
    void theApproverIsAskedWhyBeforeRejectingAndApprovesWithAComment() {
        var ann = council.officer("ann", "grants");
        var sam = council.signInOfficer("sam", Set.of(Role.OFFICER));
        var process = council.publish(admin.api(), grant(sam.username()), council.named("grant"));
        var started = ann.api()
                .post("/api/v1/cases", Map.of("process", process, "data", Map.of("summary", "Village hall roof")));
        var reference = started.text("/reference");
        var prepare = started.json().path("openTasks").get(0).path("id").asString();
        ann.api().post("/api/v1/tasks/" + prepare + "/claim", Map.of());
        ann.api().post("/api/v1/tasks/" + prepare + "/complete", Map.of("data", Map.of()));

        browser.signIn(sam.username(), TestCouncil.PASSWORD).visit("/cases/" + reference);
        assertThat(browser.text("#approve-task")).contains("Decide: Manager approves the award");
        assertThat(browser.all("#complete-task")).isEmpty();
        assertThat(browser.text("#send-back")).contains("Send the case back to Prepare the recommendation");
        browser.assertAccessible();

        browser.press("Reject");
        assertThat(browser.text(".govuk-error-summary")).contains("Say why you are rejecting it");
        assertThat(browser.title()).startsWith("Error:");
        browser.assertAccessible();

        browser.type("#comment", "Good value for the village.").press("Approve");

        assertThat(browser.text(".govuk-notification-banner")).contains("You approved Manager approves the award");
        assertThat(browser.text("#case-summary")).contains("Closed", "awarded");
        assertThat(browser.text("#timeline")).contains("Approved", "Good value for the village.");
        assertThat(browser.all("#approve-task")).isEmpty();
        browser.assertAccessible();
    }

    @Test
    void aChecklistIsCompletedOnceItsItemsAreTickedWithTheirEvidence() throws IOException {
        var bea = council.signInOfficer("bea", Set.of(Role.OFFICER), "badges");
        var process = council.publish(admin.api(), checklist(), council.named("badge"));
        var started =
                bea.api().post("/api/v1/cases", Map.of("process", process, "data", Map.of("summary", "Mrs Patel")));
        var reference = started.text("/reference");
        var task = started.json().path("openTasks").get(0).path("id").asString();
        bea.api().post("/api/v1/tasks/" + task + "/claim", Map.of());
        var passport = documents.upload(
                new CaseId(UUID.fromString(started.text("/id"))),
                "other",
                "passport.pdf",
                TestFiles.stream(TestFiles.pdf()),
                Uploader.SYSTEM_UPLOADER);

        browser.signIn(bea.username(), TestCouncil.PASSWORD).visit("/cases/" + reference);
        assertThat(browser.text("#checklist")).contains("Proof of identity seen", "Address checked");
        browser.assertAccessible();

        browser.press("Complete checklist");
        assertThat(browser.text(".govuk-error-summary"))
                .contains("Tick 'Proof of identity seen' before completing the checklist");
        browser.assertAccessible();

        // With JavaScript each tick is saved as it is made: the page need not be submitted.
        browser.script(
                "document.body.addEventListener('htmx:afterRequest'," + " () => document.body.dataset.saved = 'yes')");
        browser.choose("Address checked").waitFor("body[data-saved='yes']");
        browser.visit("/cases/" + reference);
        assertThat(browser.find("#item-address-checked").isSelected()).isTrue();
        assertThat(browser.text("#timeline")).contains("Checklist item ticked", "Address checked");

        browser.choose("Proof of identity seen").press("Save ticks");
        assertThat(browser.text(".govuk-notification-banner")).contains("Your ticks are saved");
        assertThat(browser.find("#item-id-seen").isSelected()).isTrue();
        browser.press("Complete checklist");
        assertThat(browser.text(".govuk-error-summary"))
                .contains("Choose the document that is the evidence for 'Proof of identity seen'");

        browser.select("#evidence-id-seen", passport.id().value().toString()).press("Complete checklist");

        assertThat(browser.text(".govuk-notification-banner")).contains("You completed Check the evidence");
        assertThat(browser.text("#timeline")).contains("Checklist item ticked", "passport.pdf");
        assertThat(browser.all("#checklist")).isEmpty();
        browser.assertAccessible();
    }

    private String grant(String approver) {
        return """
                {
                  "key": "%s",
                  "name": "Small community grant",
                  "fields": [{"key": "summary", "label": "What is the grant for?", "type": "text"}],
                  "start": "prepare",
                  "steps": [
                    {"kind": "task", "key": "prepare", "name": "Prepare the recommendation",
                     "allocation": {"team": "%s"}, "next": "manager-approval"},
                    {"kind": "approval", "key": "manager-approval", "name": "Manager approves the award",
                     "approver": "%s", "approved": "award", "rejected": "refuse"},
                    {"kind": "end", "key": "award", "name": "Awarded", "outcome": "awarded"},
                    {"kind": "end", "key": "refuse", "name": "Refused", "outcome": "refused"}
                  ]
                }
                """.formatted(council.named("grant"), council.named("grants"), approver);
    }

    private String checklist() {
        return """
                {
                  "key": "%s",
                  "name": "Blue badge application",
                  "fields": [{"key": "summary", "label": "Who is it for?", "type": "text"}],
                  "start": "verify-evidence",
                  "steps": [
                    {"kind": "checklist", "key": "verify-evidence", "name": "Check the evidence",
                     "allocation": {"team": "%s"},
                     "items": [
                       {"key": "id-seen", "label": "Proof of identity seen", "evidence": "required"},
                       {"key": "address-checked", "label": "Address checked", "evidence": "none"}
                     ],
                     "next": "decide"},
                    {"kind": "task", "key": "decide", "name": "Decide", "allocation": {"team": "%s"},
                     "next": "done"},
                    {"kind": "end", "key": "done", "name": "Decided", "outcome": "decided"}
                  ]
                }
                """.formatted(council.named("badge"), council.named("badges"), council.named("badges"));
    }
}
