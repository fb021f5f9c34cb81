package org.casework.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.casework.conversation.TestFiles;
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
 * Someone applies for a Blue Badge online with their evidence attached (a program dressed as a PDF is refused first),
 * the council finds the evidence incomplete, and the process asks them for it; they see the request on the portal,
 * reply with a document (a wrong file refused first, nothing sent), and the case moves on to the council's check.
 */
@BrowserTest
class AnsweringTheCouncilInTheBrowserTests {

    private final Browser browser;

    AnsweringTheCouncilInTheBrowserTests(Browser browser) {
        this.browser = browser;
    }

    @Autowired
    Staff staff;

    @Autowired
    ApiKeys apiKeys;

    @LocalServerPort
    int port;

    TestCouncil council;
    TestCouncil.Officer officer;
    String process;
    Path files;

    @BeforeEach
    void aCouncilTakingBlueBadgeApplicationsOnline() throws IOException {
        council = new TestCouncil(staff, apiKeys, port);
        var names = new String[] {"apply-for-a-blue-badge", "blue-badge", "occupational-therapy", "blue-badge-issuing"};
        var admin = council.officer("admin", Set.of(Role.ADMIN));
        officer = council.officer(
                "badges", Set.of(Role.OFFICER), "blue-badge", "occupational-therapy", "blue-badge-issuing");
        process = council.publish(
                admin.api(),
                council.process("apply-for-a-blue-badge.json", names),
                council.named("apply-for-a-blue-badge"));
        files = Files.createTempDirectory("casework-portal-uploads");
    }

    @Test
    void anApplicantSendsEvidenceWithTheFormAndMoreWhenAskedAndTheCaseMovesOn() throws IOException {
        browser.visit("/portal/services/" + process).press("Start now");
        browser.type("#field-applicant-name", "Pat Jones").press("Continue");
        browser.type("#field-date-of-birth-day", "2")
                .type("#field-date-of-birth-month", "11")
                .type("#field-date-of-birth-year", "1948")
                .press("Continue");
        browser.press("Continue"); // no National Insurance number: optional
        browser.type("#field-postcode", "SW1A 2AA").press("Continue");
        browser.choose("The higher rate of the mobility part of Disability Living Allowance (DLA)")
                .press("Continue");

        assertThat(browser.heading()).contains("Proof of eligibility");
        browser.assertAccessible();
        browser.find("#field-evidence-document")
                .sendKeys(file("award-letter.pdf", TestFiles.program()).toString());
        browser.press("Continue");
        assertThat(browser.title()).startsWith("Error:");
        assertThat(browser.text(".govuk-error-summary")).contains("The selected file must be a");
        browser.assertAccessible();
        browser.find("#field-evidence-document")
                .sendKeys(file("dla-award.pdf", TestFiles.pdf()).toString());
        browser.press("Continue");

        assertThat(browser.heading()).isEqualTo("How can we contact you?");
        browser.press("Continue");
        assertThat(browser.text("#change-evidence-document-answer")).isEqualTo("dla-award.pdf");
        browser.press("Accept and send");
        var reference = browser.text("#reference");
        var link = java.net.URI.create(browser.find("#tracking-link").getAttribute("href"));
        browser.visit(link.getRawPath() + "?" + link.getRawQuery());
        assertThat(browser.heading()).isEqualTo("Request " + reference);

        var caseId =
                officer.api().get("/api/v1/cases/by-reference/" + reference).text("/id");
        var documents = officer.api().get("/api/v1/cases/" + caseId + "/documents");
        assertThat(documents.body()).contains("dla-award.pdf");
        var task = officer.api().get("/api/v1/cases/" + caseId).text("/openTasks/0/id");
        assertThat(officer.api()
                        .post("/api/v1/tasks/" + task + "/claim", Map.of())
                        .status())
                .isEqualTo(200);
        var completed = officer.api()
                .post("/api/v1/tasks/" + task + "/complete", Map.of("data", Map.of("evidence-check", "missing")));
        assertThat(completed.status()).as(completed.toString()).isEqualTo(200);

        browser.visit("/portal/requests/" + reference);
        assertThat(browser.text("#information-requests")).contains("We need something from you");
        assertThat(browser.text("#status")).isEqualTo("Waiting for your reply");
        assertThat(browser.text("#due")).contains("the clock is stopped");
        // An officer signing in in the same browser sees the clock stopped too; the citizen's session is untouched.
        var checker = council.signInOfficer("checker", Set.of(Role.OFFICER), "blue-badge");
        browser.signIn(checker.username(), TestCouncil.PASSWORD).visit("/cases/" + reference);
        assertThat(browser.text("#due")).contains("Clock paused since");
        browser.visit("/portal/requests/" + reference);
        assertThat(browser.heading()).isEqualTo("Request " + reference);
        browser.assertAccessible();
        browser.find("#information-requests a").click();
        browser.waitForText("h1", "Reply to our request for information");
        browser.assertAccessible();

        browser.press("Send reply");
        assertThat(browser.text(".govuk-error-summary")).contains("Enter your reply or upload a document");
        browser.find("#files")
                .sendKeys(file("scan.pdf", TestFiles.pdfOfSize(10 * 1024 * 1024 + 1))
                        .toString());
        browser.press("Send reply");
        assertThat(browser.text(".govuk-error-summary")).contains("The selected file must be smaller than 10MB");
        browser.find("#files").sendKeys(file("letter.pdf", TestFiles.program()).toString());
        browser.type("#text", "Here is the letter");
        browser.press("Send reply");
        assertThat(browser.text(".govuk-error-summary")).contains("The selected file must be a");
        assertThat(browser.find("#text").getAttribute("value")).isEqualTo("Here is the letter");
        browser.assertAccessible();
        assertThat(officer.api().get("/api/v1/cases/" + caseId).text("/status")).isEqualTo("waiting");

        browser.find("#files")
                .sendKeys(file("dla-award-2026.pdf", TestFiles.pdf()).toString());
        browser.press("Send reply");
        assertThat(browser.text(".govuk-notification-banner")).contains("Your reply has been sent");
        assertThat(browser.text("#timeline")).contains("You replied", "dla-award-2026.pdf");
        assertThat(browser.all("#information-requests")).isEmpty();
        assertThat(browser.text("#status")).isEqualTo("On track");
        assertThat(browser.text("#documents")).contains("dla-award.pdf", "dla-award-2026.pdf", "sent by you");
        var download = browser.find("#documents a").getAttribute("href");
        assertThat(download).contains("/portal/requests/" + reference + "/documents/");
        browser.assertAccessible();

        var moved = officer.api().get("/api/v1/cases/" + caseId);
        assertThat(moved.text("/status")).isEqualTo("open");
        assertThat(moved.text("/currentStep")).isEqualTo("check-evidence");
        assertThat(officer.api().get("/api/v1/cases/" + caseId + "/documents").body())
                .contains("dla-award-2026.pdf");

        browser.type("#message-text", "Thank you for your help").press("Send message");
        assertThat(browser.text("#timeline")).contains("Your message", "Thank you for your help");
    }

    private Path file(String name, byte[] content) throws IOException {
        return Files.write(files.resolve(name), content);
    }
}
