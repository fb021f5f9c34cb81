package org.casework.work.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.casework.conversation.Documents;
import org.casework.conversation.InformationRequests;
import org.casework.conversation.TestFiles;
import org.casework.conversation.Uploader;
import org.casework.engine.CaseId;
import org.casework.identity.ApiKeys;
import org.casework.identity.Role;
import org.casework.identity.Staff;
import org.casework.platform.CouncilTime;
import org.casework.support.Browser;
import org.casework.support.BrowserTest;
import org.casework.support.TestCouncil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An officer and the citizen on the case page: uploading documents (and being told why one is refused), writing to
 * the citizen, asking for information with a reply-by date and seeing the reply arrive. Every page passes axe-core.
 */
@BrowserTest
class ConversationInTheBrowserTests {

    private final Browser browser;

    ConversationInTheBrowserTests(Browser browser) {
        this.browser = browser;
    }

    @Autowired
    Staff staff;

    @Autowired
    ApiKeys apiKeys;

    @Autowired
    InformationRequests requests;

    @Autowired
    Documents documents;

    @Autowired
    Clock clock;

    @LocalServerPort
    int port;

    TestCouncil council;
    TestCouncil.Officer officer;
    String process;
    String reference;
    CaseId caseId;
    Path files;

    @BeforeEach
    void aPotholeReportAlexWorksOn() throws IOException {
        council = new TestCouncil(staff, apiKeys, port);
        process = council.publishReportAProblem(council.admin().api());
        officer = council.signInOfficer("alex", Set.of(Role.OFFICER), "highways");
        var started = officer.api()
                .post(
                        "/api/v1/cases",
                        Map.of(
                                "process",
                                process,
                                "data",
                                Map.of("category", "pothole"),
                                "citizen",
                                Map.of("name", "Jo Bloggs")));
        reference = started.text("/reference");
        caseId = CaseId.parse(started.text("/id"));
        files = Files.createTempDirectory("casework-browser-uploads");
    }

    @AfterEach
    void removeFiles() throws IOException {
        try (var paths = Files.walk(files)) {
            for (var path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(path);
        }
    }

    @Test
    void anOfficerUploadsADocumentAndIsToldPlainlyWhyAFileIsRefused() throws IOException {
        browser.signIn(officer.username(), TestCouncil.PASSWORD).visit("/cases/" + reference);
        assertThat(browser.text("#documents")).contains("There are no documents on this case");
        browser.assertAccessible();

        browser.press("Upload document");
        assertThat(browser.title()).startsWith("Error:");
        assertThat(browser.text(".govuk-error-summary")).contains("Select the type of document", "Select a file");
        browser.assertAccessible();

        browser.select("#type", "other");
        browser.find("#file").sendKeys(file("invoice.pdf", TestFiles.program()).toString());
        browser.press("Upload document");
        assertThat(browser.text(".govuk-error-summary"))
                .contains("The selected file must be a PDF, JPG, PNG, DOCX or ODT");
        assertThat(browser.text("#documents .govuk-error-message"))
                .contains("The selected file must be a PDF, JPG, PNG, DOCX or ODT");
        assertThat(browser.find("#type").getAttribute("value"))
                .as("the type chosen is kept")
                .isEqualTo("other");
        browser.assertAccessible();

        browser.select("#type", "photo");
        browser.find("#file").sendKeys(file("pothole.png", TestFiles.png()).toString());
        browser.press("Upload document");

        assertThat(browser.text(".govuk-notification-banner")).contains("You uploaded pothole.png");
        assertThat(browser.rows("#document-list"))
                .singleElement()
                .satisfies(row -> assertThat(row).containsSequence("Photo", "pothole.png", "alex"));
        assertThat(browser.text("#timeline")).contains("Document added");
        browser.assertAccessible();

        @SuppressWarnings("unchecked")
        var download = (List<Object>) browser.script("""
                const link = document.querySelector('#document-list a');
                return fetch(link.href).then(r => r.arrayBuffer().then(body => [r.status,
                    r.headers.get('content-type'), r.headers.get('content-disposition'),
                    r.headers.get('x-content-type-options'), body.byteLength]));
                """);
        assertThat(download.get(0)).isEqualTo(200L);
        assertThat(download.get(1)).isEqualTo("image/png");
        assertThat((String) download.get(2)).startsWith("attachment").contains("pothole.png");
        assertThat(download.get(3)).isEqualTo("nosniff");
        assertThat(download.get(4)).isEqualTo((long) TestFiles.png().length);
    }

    @Test
    void aFileOverTheLimitIsRefusedWithTheLimitInTheMessageEvenOneTheServerWillNotRead() throws IOException {
        browser.signIn(officer.username(), TestCouncil.PASSWORD).visit("/cases/" + reference);

        browser.select("#type", "other");
        browser.find("#file")
                .sendKeys(file("scan.pdf", TestFiles.pdfOfSize(10 * 1024 * 1024 + 1))
                        .toString());
        browser.press("Upload document");
        assertThat(browser.text(".govuk-error-summary")).contains("The selected file must be smaller than 10MB");

        browser.select("#type", "other");
        browser.find("#file")
                .sendKeys(
                        file("bigger.pdf", TestFiles.pdfOfSize(23 * 1024 * 512)).toString());
        browser.press("Upload document");
        assertThat(browser.heading()).isEqualTo("The selected file is too large");
        assertThat(browser.pageText()).contains("The selected file must be smaller than 10MB", "Nothing was uploaded");
        assertThat(browser.title()).startsWith("Error:");
        browser.assertAccessible();
        browser.press("Go back to the case");
        assertThat(browser.heading()).isEqualTo(reference);
        assertThat(documents.of(caseId)).isEmpty();
    }

    @Test
    void anOfficerWritesToTheCitizenAndTheThreadShowsTheReply() throws IOException {
        documents.upload(
                caseId, "other", "repair-plan.pdf", TestFiles.stream(TestFiles.pdf()), Uploader.SYSTEM_UPLOADER);
        browser.signIn(officer.username(), TestCouncil.PASSWORD).visit("/cases/" + reference);

        browser.press("Send message");
        assertThat(browser.text(".govuk-error-summary")).contains("Enter a message");
        browser.assertAccessible();

        browser.type("#message-text", "We will repair it on Friday. The plan is attached.");
        browser.choose("repair-plan.pdf");
        browser.press("Send message");

        assertThat(browser.text(".govuk-notification-banner")).contains("Your message was sent to the citizen");
        assertThat(browser.text("#message-list"))
                .contains("To the citizen", "We will repair it on Friday", "repair-plan.pdf");
        assertThat(browser.text("#timeline")).contains("Message to citizen").doesNotContain("repair it on Friday");
        browser.assertAccessible();
    }

    @Test
    void anOfficerAsksForInformationAndSeesTheCitizensReplyWithItsDocument() throws IOException {
        browser.signIn(officer.username(), TestCouncil.PASSWORD).visit("/cases/" + reference);
        assertThat(browser.text("#information-requests")).contains("No information has been requested");

        browser.press("Request information from the citizen");
        assertThat(browser.heading()).isEqualTo("Request information");
        browser.assertAccessible();

        browser.choose("Photo");
        browser.type("#replyBy-day", "31").type("#replyBy-month", "2").type("#replyBy-year", "2031");
        browser.press("Send request");
        assertThat(browser.title()).startsWith("Error:");
        assertThat(browser.text(".govuk-error-summary")).contains("The date to reply by must be a real date");
        assertThat(browser.find("#documentTypes-4").isSelected())
                .as("Photo stays ticked")
                .isTrue();
        browser.assertAccessible();

        var replyBy = CouncilTime.dayOf(clock.instant()).plusDays(10);
        browser.type("#message", "Please send a photo showing where the pothole is.");
        browser.type("#replyBy-day", String.valueOf(replyBy.getDayOfMonth()))
                .type("#replyBy-month", String.valueOf(replyBy.getMonthValue()))
                .type("#replyBy-year", String.valueOf(replyBy.getYear()));
        browser.press("Send request");

        assertThat(browser.text(".govuk-notification-banner")).contains("You asked the citizen for information");
        assertThat(browser.text("#information-requests"))
                .contains("Outstanding", "Please send a photo showing where the pothole is.", "Photo");
        assertThat(browser.text("#timeline")).contains("Information requested");

        var citizen = Uploader.citizen("citizen-" + UUID.randomUUID(), "Jo Bloggs");
        var photo = documents.upload("photo", "pothole.jpg", TestFiles.stream(TestFiles.jpeg()), citizen);
        var request = requests.outstanding(caseId).getFirst();
        requests.reply(request.id(), "It is outside number 12", List.of(photo.id()), citizen);

        browser.visit("/cases/" + reference);
        assertThat(browser.text("#information-requests"))
                .contains("Answered", "It is outside number 12", "pothole.jpg");
        assertThat(browser.rows("#document-list"))
                .singleElement()
                .satisfies(row -> assertThat(row).contains("pothole.jpg", "Jo Bloggs (citizen)"));
        assertThat(browser.text("#timeline")).contains("Information request answered");
        browser.assertAccessible();

        requests.request(caseId, "Which side of the road?", List.of(), replyBy, officer.username());
        browser.visit("/cases/" + reference).press("Withdraw this request");
        assertThat(browser.text(".govuk-notification-banner")).contains("You withdrew the request");
        assertThat(browser.text("#information-requests")).contains("Withdrawn", "Which side of the road?");
        assertThat(browser.all("#information-requests button")).isEmpty();
        assertThat(browser.text("#timeline")).contains("Information request withdrawn");
        browser.assertAccessible();
    }

    @Test
    void theConversationOfACaseAnOfficerMayNotSeeIsNotFound() {
        var elsewhere = council.officer("sam", "environment");
        var hidden = elsewhere
                .api()
                .post("/api/v1/cases", Map.of("process", process, "data", Map.of("category", "flytipping")));
        var hiddenReference = hidden.text("/reference");
        var document = documents.upload(
                CaseId.parse(hidden.text("/id")),
                "photo",
                "tip.png",
                TestFiles.stream(TestFiles.png()),
                Uploader.staff(elsewhere.username(), "Sam"));

        browser.signIn(officer.username(), TestCouncil.PASSWORD);
        browser.visit("/cases/" + hiddenReference + "/information-requests/new");
        assertThat(browser.heading()).isEqualTo("Page not found");
        browser.visit("/cases/" + hiddenReference + "/documents/" + document.id());
        assertThat(browser.heading()).isEqualTo("Page not found");
        // Nor through a case the officer can see: the document is not on it.
        browser.visit("/cases/" + reference + "/documents/" + document.id());
        assertThat(browser.heading()).isEqualTo("Page not found");
    }

    private Path file(String name, byte[] content) throws IOException {
        return Files.write(files.resolve(name), content);
    }
}
