package org.casework.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casework.api.ProblemAssertions.assertProblem;
import static org.casework.api.ProblemAssertions.errors;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.casework.conversation.TestFiles;
import org.casework.identity.ApiKeys;
import org.casework.identity.Scope;
import org.casework.identity.Staff;
import org.casework.platform.CouncilTime;
import org.casework.support.Api;
import org.casework.support.IntegrationTest;
import org.casework.support.TestCouncil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Documents, messages and information requests through the REST API: the same rules as the pages (types by content,
 * size limits, replies once), each refusal a problem naming the field, and a case the key's owner may not see is not
 * found.
 */
@IntegrationTest
class ConversationThroughTheApiTests {

    @Autowired
    Staff staff;

    @Autowired
    ApiKeys apiKeys;

    @Autowired
    Clock clock;

    @LocalServerPort
    int port;

    TestCouncil council;
    TestCouncil.Officer highways;
    String highwaysKey;
    Api environment;
    String environmentKey;
    String caseId;
    String nextWeek;

    @BeforeEach
    void aPotholeTheHighwaysTeamWorksOn() {
        council = new TestCouncil(staff, apiKeys, port);
        var process = council.publishReportAProblem(council.admin().api());
        highways = council.officer("hana", "highways");
        highwaysKey = key(highways.username());
        var eric = council.officer("eric", "environment");
        environment = eric.api();
        environmentKey = key(eric.username());
        caseId = highways.api()
                .post(
                        "/api/v1/cases",
                        Map.of(
                                "process",
                                process,
                                "data",
                                Map.of("category", "pothole"),
                                "citizen",
                                Map.of("name", "Jo Bloggs")))
                .text("/id");
        nextWeek = CouncilTime.dayOf(clock.instant()).plusWeeks(1).toString();
    }

    @Test
    void aDocumentIsUploadedListedAndDownloadedAsTheTypeItsContentShows() {
        var uploaded = upload(highwaysKey, caseId, "photo", "pothole.pdf", "application/pdf", TestFiles.png());

        assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(201);
        assertThat(uploaded.text("/contentType"))
                .as("a PNG named .pdf is a PNG")
                .isEqualTo("image/png");
        assertThat(uploaded.text("/uploadedBy/kind")).isEqualTo("staff");
        assertThat(uploaded.text("/uploadedBy/id")).isEqualTo(highways.username());
        var listed =
                highways.api().get("/api/v1/cases/" + caseId + "/documents").json();
        assertThat(listed.size()).isEqualTo(1);
        assertThat(listed.get(0).path("filename").asString()).isEqualTo("pothole.pdf");

        var download = Multipart.download(port, highwaysKey, uploaded.text("/content"));

        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(TestFiles.png());
        assertThat(download.headers().firstValue("Content-Type")).contains("image/png");
        assertThat(download.headers().firstValue("Content-Disposition").orElseThrow())
                .startsWith("attachment")
                .contains("pothole.pdf");
        assertThat(download.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        var timeline =
                highways.api().get("/api/v1/cases/" + caseId + "/timeline").json();
        assertThat(timeline.get(timeline.size() - 1).path("type").asString()).isEqualTo("document-added");
    }

    @Test
    void aProgramRenamedPdfIsRefusedNamingTheFile() {
        var refused = upload(highwaysKey, caseId, "other", "invoice.pdf", "application/pdf", TestFiles.program());

        var problem = assertProblem(refused, 415);
        assertThat(errors(problem)).containsEntry("file", "The selected file must be a PDF, JPG, PNG, DOCX or ODT");
        assertThat(highways.api()
                        .get("/api/v1/cases/" + caseId + "/documents")
                        .json()
                        .size())
                .isZero();
    }

    @Test
    void aFileOverTheLimitIsRefusedNamingTheFileWhetherJustOverOrFarOver() {
        var justOver = upload(
                highwaysKey, caseId, "other", "big.pdf", "application/pdf", TestFiles.pdfOfSize(10 * 1024 * 1024 + 1));
        assertThat(errors(assertProblem(justOver, 413)))
                .containsEntry("file", "The selected file must be smaller than 10MB");

        var farOver = upload(
                highwaysKey, caseId, "other", "huge.pdf", "application/pdf", TestFiles.pdfOfSize(23 * 1024 * 512));
        assertThat(errors(assertProblem(farOver, 413))).containsKey("file");

        assertThat(highways.api()
                        .get("/api/v1/cases/" + caseId + "/documents")
                        .json()
                        .size())
                .isZero();
    }

    @Test
    void anUploadNeedsATypeAndAFile() {
        var noType = Multipart.post(
                port,
                highwaysKey,
                "/api/v1/cases/" + caseId + "/documents",
                Map.of(),
                "letter.pdf",
                "application/pdf",
                TestFiles.pdf());
        assertThat(errors(assertProblem(noType, 422))).containsEntry("type", "Select the type of document");

        var noFile = Multipart.post(
                port, highwaysKey, "/api/v1/cases/" + caseId + "/documents", Map.of("type", "other"), null, null, null);
        assertThat(errors(assertProblem(noFile, 422))).containsKey("file");
    }

    @Test
    void aCaseTheKeysOwnerMayNotSeeHasNoDocumentsMessagesOrRequestsToThem() {
        var document = upload(highwaysKey, caseId, "photo", "pothole.png", "image/png", TestFiles.png());
        var request = highways.api()
                .post(
                        "/api/v1/cases/" + caseId + "/information-requests",
                        Map.of("message", "Which side of the road?", "replyBy", nextWeek));

        assertProblem(environment.get("/api/v1/cases/" + caseId + "/documents"), 404);
        assertProblem(upload(environmentKey, caseId, "photo", "p.png", "image/png", TestFiles.png()), 404);
        assertProblem(environment.get(document.text("/content")), 404);
        assertProblem(environment.get("/api/v1/cases/" + caseId + "/messages"), 404);
        assertProblem(environment.post("/api/v1/cases/" + caseId + "/messages", Map.of("text", "Hello")), 404);
        assertProblem(environment.get("/api/v1/cases/" + caseId + "/information-requests"), 404);
        var hiddenReply = environment.post(
                "/api/v1/information-requests/" + request.text("/id") + "/reply", Map.of("text", "Left side"));
        assertThat(assertProblem(hiddenReply, 404).path("detail").asString()).doesNotContain("CW-", "RP-");
        assertProblem(highways.api().get("/api/v1/cases/" + UUID.randomUUID() + "/documents"), 404);
        assertProblem(highways.api().get("/api/v1/documents/" + UUID.randomUUID() + "/content"), 404);
        assertThat(highways.api()
                        .get("/api/v1/cases/" + caseId + "/messages")
                        .json()
                        .size())
                .isZero();
    }

    @Test
    void staffWriteToTheCitizenSendingADocumentOnTheCase() {
        var letter = upload(highwaysKey, caseId, "other", "repair.pdf", "application/pdf", TestFiles.pdf());

        var sent = highways.api()
                .post(
                        "/api/v1/cases/" + caseId + "/messages",
                        Map.of("text", "The repair is booked.", "documents", List.of(letter.text("/id"))));

        assertThat(sent.status()).as(sent.toString()).isEqualTo(201);
        assertThat(sent.text("/from")).isEqualTo("staff");
        assertThat(sent.text("/documents/0/filename")).isEqualTo("repair.pdf");
        var thread = highways.api().get("/api/v1/cases/" + caseId + "/messages").json();
        assertThat(thread.get(0).path("text").asString()).isEqualTo("The repair is booked.");

        var empty = highways.api().post("/api/v1/cases/" + caseId + "/messages", Map.of("text", " "));
        assertThat(errors(assertProblem(empty, 422))).containsEntry("text", "Enter a message");
        var unknownDocument = highways.api()
                .post(
                        "/api/v1/cases/" + caseId + "/messages",
                        Map.of(
                                "text",
                                "See this",
                                "documents",
                                List.of(UUID.randomUUID().toString())));
        assertThat(errors(assertProblem(unknownDocument, 422))).containsKey("documents");
    }

    @Test
    void aRequestIsMadeAndAnsweredOnceAndItsRulesAreNamedByField() {
        var photo = upload(highwaysKey, caseId, "photo", "pothole.jpg", "image/jpeg", TestFiles.jpeg());

        var made = highways.api()
                .post(
                        "/api/v1/cases/" + caseId + "/information-requests",
                        Map.of(
                                "message",
                                "Please send a photo",
                                "documentTypes",
                                List.of("photo"),
                                "replyBy",
                                nextWeek));

        assertThat(made.status()).as(made.toString()).isEqualTo(201);
        assertThat(made.text("/status")).isEqualTo("outstanding");
        assertThat(made.text("/requestedBy")).isEqualTo(highways.username());
        var requestId = made.text("/id");

        var answered = highways.api()
                .post(
                        "/api/v1/information-requests/" + requestId + "/reply",
                        Map.of("text", "Received by post", "documents", List.of(photo.text("/id"))));
        assertThat(answered.status()).as(answered.toString()).isEqualTo(200);
        assertThat(answered.text("/status")).isEqualTo("answered");
        assertThat(answered.text("/reply/documents/0/filename")).isEqualTo("pothole.jpg");

        var again = highways.api()
                .post("/api/v1/information-requests/" + requestId + "/reply", Map.of("text", "And again"));
        assertThat(errors(assertProblem(again, 409))).containsEntry("status", "This request has already been answered");
        var listed = highways.api()
                .get("/api/v1/cases/" + caseId + "/information-requests")
                .json();
        assertThat(listed.get(0).path("reply").path("text").asString()).isEqualTo("Received by post");

        var past = highways.api()
                .post(
                        "/api/v1/cases/" + caseId + "/information-requests",
                        Map.of("message", "Send it", "replyBy", "2020-01-01"));
        assertThat(errors(assertProblem(past, 422)))
                .containsEntry("replyBy", "The date to reply by must be in the future");
        var notADate = highways.api()
                .post(
                        "/api/v1/cases/" + caseId + "/information-requests",
                        Map.of("message", "Send it", "replyBy", "next tuesday"));
        assertThat(errors(assertProblem(notADate, 400))).containsKey("body");
        var unknown = highways.api()
                .post("/api/v1/information-requests/" + UUID.randomUUID() + "/reply", Map.of("text", "Hello"));
        assertProblem(unknown, 404);
    }

    @Test
    void staffWithdrawARequestOnceAndSomeoneWhoCannotSeeTheCaseCannot() {
        var requestId = highways.api()
                .post(
                        "/api/v1/cases/" + caseId + "/information-requests",
                        Map.of("message", "Please send a photo", "replyBy", nextWeek))
                .text("/id");

        var hidden = environment.post("/api/v1/information-requests/" + requestId + "/withdraw", Map.of());
        assertProblem(hidden, 404);

        var withdrawn = highways.api()
                .post(
                        "/api/v1/information-requests/" + requestId + "/withdraw",
                        Map.of("reason", "The citizen rang with the answer"));
        assertThat(withdrawn.status()).as(withdrawn.toString()).isEqualTo(200);
        assertThat(withdrawn.text("/status")).isEqualTo("withdrawn");

        var again = highways.api().post("/api/v1/information-requests/" + requestId + "/withdraw", Map.of());
        assertThat(errors(assertProblem(again, 409))).containsEntry("status", "This request has been withdrawn");
        var reply =
                highways.api().post("/api/v1/information-requests/" + requestId + "/reply", Map.of("text", "Too late"));
        assertProblem(reply, 409);
    }

    private String key(String username) {
        return apiKeys.issue(username, "uploads", Set.of(Scope.values())).key();
    }

    private Api.Response upload(String key, String caseId, String type, String filename, String claimed, byte[] bytes) {
        return Multipart.post(
                port, key, "/api/v1/cases/" + caseId + "/documents", Map.of("type", type), filename, claimed, bytes);
    }
}
