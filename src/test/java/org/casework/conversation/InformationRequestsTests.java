package org.casework.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.casework.conversation.TestFiles.stream;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.casework.engine.Cases;
import org.casework.engine.TimelineEntry;
import org.casework.identity.ApiKeys;
import org.casework.identity.Staff;
import org.casework.platform.CouncilTime;
import org.casework.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Staff ask the citizen for information and documents by a date; the citizen replies once, with text, documents or
 * both; the documents land on the case and the timeline shows each step without the words.
 */
@IntegrationTest
class InformationRequestsTests {

    @Autowired
    InformationRequests requests;

    @Autowired
    Documents documents;

    @Autowired
    Cases cases;

    @Autowired
    Clock clock;

    @Autowired
    Staff staff;

    @Autowired
    ApiKeys apiKeys;

    @LocalServerPort
    int port;

    CaseFixture fixture;
    Uploader citizen;
    LocalDate nextWeek;

    @BeforeEach
    void aReport() {
        fixture = new CaseFixture(staff, apiKeys, port);
        citizen = Uploader.citizen("citizen-" + UUID.randomUUID(), "Jo Bloggs");
        nextWeek = CouncilTime.dayOf(clock.instant()).plusWeeks(1);
    }

    @Test
    void staffAskForADocumentAndTheCitizensReplyPutsItOnTheCase() {
        var report = fixture.report();

        var asked = requests.request(
                report, "Please send a recent utility bill.", List.of("proof-of-address"), nextWeek, "olive");

        assertThat(asked.status()).isEqualTo("outstanding");
        assertThat(asked.step()).isNull();
        assertThat(asked.token()).isNull();
        assertThat(requests.outstanding(report))
                .extracting(InformationRequest::id)
                .containsExactly(asked.id());
        var requested = cases.timeline(report).getLast();
        assertThat(requested.type()).isEqualTo("information-requested");
        assertThat(requested.actor()).isEqualTo("olive");
        assertThat(requested.detail()).doesNotContainValue("Please send a recent utility bill.");

        var bill = documents.upload("proof-of-address", "bill.pdf", stream(TestFiles.pdf()), citizen);
        var answered = requests.reply(asked.id(), "Here is my gas bill", List.of(bill.id()), citizen);

        assertThat(answered.status()).isEqualTo("answered");
        assertThat(answered.reply().text()).isEqualTo("Here is my gas bill");
        assertThat(answered.reply().documents()).extracting(Document::filename).containsExactly("bill.pdf");
        assertThat(documents.of(report))
                .singleElement()
                .satisfies(document -> assertThat(document.type()).isEqualTo("proof-of-address"));
        assertThat(requests.outstanding(report)).isEmpty();
        assertThat(requests.of(report)).singleElement().isEqualTo(answered);
        var types = cases.timeline(report).stream().map(TimelineEntry::type).toList();
        assertThat(types)
                .containsSubsequence("information-requested", "document-added", "information-request-answered");
        assertThat(cases.timeline(report).getLast().actor()).isEqualTo("citizen");
    }

    @Test
    void aReplyToARequestAlreadyAnsweredIsRefusedAndChangesNothing() {
        var report = fixture.report();
        var asked = requests.request(report, "When did you first see it?", List.of(), nextWeek, "olive");
        var answered = requests.reply(asked.id(), "Last Tuesday", List.of(), citizen);
        var timeline = cases.timeline(report);
        var late = documents.upload("photo", "photo.png", stream(TestFiles.png()), citizen);

        assertThatThrownBy(() -> requests.reply(asked.id(), "Actually Monday", List.of(late.id()), citizen))
                .isInstanceOfSatisfying(InformationRequestRefused.class, refused -> {
                    assertThat(refused.getMessage()).isEqualTo("This request has already been answered");
                    assertThat(refused.field()).isEqualTo("status");
                });

        assertThat(requests.find(asked.id())).contains(answered);
        assertThat(cases.timeline(report)).isEqualTo(timeline);
        assertThat(documents.find(late.id()).orElseThrow().caseId()).isNull();
    }

    @Test
    void aReplyNeedsTextOrADocumentAndOnlyTheReplierCanSendTheirUploads() {
        var report = fixture.report();
        var asked = requests.request(report, "Send a photo", List.of("photo"), nextWeek, "olive");
        var theirs = documents.upload("photo", "photo.png", stream(TestFiles.png()), Uploader.citizen("other", "Sam"));

        assertThatThrownBy(() -> requests.reply(asked.id(), "  ", List.of(), citizen))
                .isInstanceOf(InformationRequestRefused.class)
                .hasMessage("Enter your reply or upload a document");
        assertThatThrownBy(() -> requests.reply(asked.id(), null, List.of(theirs.id()), citizen))
                .isInstanceOf(DocumentRefused.class);
        assertThat(requests.find(asked.id()).orElseThrow().status()).isEqualTo("outstanding");

        var mine = documents.upload("photo", "photo.png", stream(TestFiles.png()), citizen);
        var answered = requests.reply(asked.id(), null, List.of(mine.id()), citizen);
        assertThat(answered.reply().text()).isNull();
        assertThat(answered.reply().documents()).hasSize(1);
    }

    @Test
    void aRequestNeedsAMessageAFutureReplyByDateAndTypesFromTheList() {
        var report = fixture.report();
        var today = CouncilTime.dayOf(clock.instant());

        assertThat(refusal(() -> requests.request(report, " ", List.of(), nextWeek, "olive")))
                .isEqualTo("message: Enter what you need from the citizen");
        assertThat(refusal(() -> requests.request(report, "Send it", List.of(), today, "olive")))
                .isEqualTo("replyBy: The date to reply by must be in the future");
        assertThat(refusal(() -> requests.request(report, "Send it", List.of(), null, "olive")))
                .isEqualTo("replyBy: Enter the date to reply by");
        assertThat(refusal(() -> requests.request(report, "Send it", List.of("passport-photo"), nextWeek, "olive")))
                .isEqualTo("documentTypes: Select document types from the list");
        assertThat(requests.of(report)).isEmpty();
    }

    @Test
    void abandoningTheCaseWithdrawsItsOutstandingRequests() {
        var report = fixture.report();
        var asked = requests.request(report, "Send a photo", List.of("photo"), nextWeek, "olive");

        var abandoned = fixture.admin.api().post("/api/v1/cases/" + report + "/abandon", Map.of("reason", "duplicate"));
        assertThat(abandoned.status()).as(abandoned.toString()).isEqualTo(200);

        assertThat(requests.find(asked.id()).orElseThrow().status()).isEqualTo("withdrawn");
        assertThatThrownBy(() -> requests.reply(asked.id(), "Here", List.of(), citizen))
                .isInstanceOf(InformationRequestRefused.class)
                .hasMessage("This request has been withdrawn");
        assertThat(refusal(() -> requests.request(report, "More", List.of(), nextWeek, "olive")))
                .isEqualTo("case: Information cannot be requested on a case that has ended");
    }

    private static String refusal(Runnable action) {
        try {
            action.run();
        } catch (InformationRequestRefused refused) {
            return refused.field() + ": " + refused.getMessage();
        }
        throw new AssertionError("Not refused");
    }
}
