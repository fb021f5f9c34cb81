package org.casework.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.casework.conversation.TestFiles.stream;

import java.util.List;
import java.util.UUID;
import org.casework.engine.Cases;
import org.casework.engine.TimelineEntry;
import org.casework.identity.ApiKeys;
import org.casework.identity.Staff;
import org.casework.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Staff and the citizen write to each other on a case, oldest first, with documents; the timeline says who wrote. */
@IntegrationTest
class MessagesTests {

    @Autowired
    Messages messages;

    @Autowired
    Documents documents;

    @Autowired
    Cases cases;

    @Autowired
    Staff staff;

    @Autowired
    ApiKeys apiKeys;

    @LocalServerPort
    int port;

    CaseFixture fixture;
    Uploader citizen;

    @BeforeEach
    void aReport() {
        fixture = new CaseFixture(staff, apiKeys, port);
        citizen = Uploader.citizen("citizen-" + UUID.randomUUID(), "Jo Bloggs");
    }

    @Test
    void staffAndTheCitizenWriteToEachOtherAndTheThreadReadsOldestFirst() {
        var report = fixture.report();

        messages.post(report, fixture.olive(), "Could you send a photo of the pothole?", List.of());
        var photo = documents.upload("photo", "pothole.jpg", stream(TestFiles.jpeg()), citizen);
        messages.post(report, citizen, "  Here it is.  ", List.of(photo.id()));

        var thread = messages.thread(report);
        assertThat(thread).extracting(Message::from).containsExactly("staff", "citizen");
        assertThat(thread).extracting(Message::author).containsExactly("Olive", "Jo Bloggs");
        assertThat(thread)
                .extracting(Message::text)
                .containsExactly("Could you send a photo of the pothole?", "Here it is.");
        assertThat(thread.get(1).documents()).extracting(Document::filename).containsExactly("pothole.jpg");
        assertThat(documents.of(report)).extracting(Document::id).containsExactly(photo.id());
        var types = cases.timeline(report).stream().map(TimelineEntry::type).toList();
        assertThat(types).containsSubsequence("message-to-citizen", "document-added", "message-from-citizen");
        assertThat(cases.timeline(report))
                .filteredOn(entry -> entry.type().startsWith("message-"))
                .allSatisfy(entry -> assertThat(entry.detail()).isEmpty());
    }

    @Test
    void staffCanSendADocumentAlreadyOnTheCase() {
        var report = fixture.report();
        var letter = documents.upload(report, "other", "decision.pdf", stream(TestFiles.pdf()), fixture.olive());

        var sent = messages.post(report, "staff", "Olive", "Our decision is attached.", List.of(letter.id()));

        assertThat(sent.documents()).extracting(Document::id).containsExactly(letter.id());
        assertThat(messages.thread(report).getFirst().documents())
                .extracting(Document::id)
                .containsExactly(letter.id());
    }

    @Test
    void aMessageCannotTakeSomeoneElsesUploadOrBeEmptyOrTooLong() {
        var report = fixture.report();
        var theirs = documents.upload(
                "photo", "photo.png", stream(TestFiles.png()), Uploader.citizen("someone-else", "Sam"));
        var timeline = cases.timeline(report);

        assertThatThrownBy(() -> messages.post(report, citizen, "See attached", List.of(theirs.id())))
                .isInstanceOf(DocumentRefused.class);
        assertThatThrownBy(() -> messages.post(report, "citizen", "Jo Bloggs", "See attached", List.of(theirs.id())))
                .isInstanceOf(DocumentRefused.class);
        assertThatThrownBy(() -> messages.post(report, citizen, "   ", List.of()))
                .isInstanceOf(MessageRefused.class)
                .hasMessage("Enter a message");
        assertThatThrownBy(() -> messages.post(report, citizen, "x".repeat(Messages.MAX_LENGTH + 1), List.of()))
                .isInstanceOf(MessageRefused.class)
                .hasMessage("A message must be 4,000 characters or fewer");

        assertThat(messages.thread(report)).isEmpty();
        assertThat(documents.find(theirs.id()).orElseThrow().caseId()).isNull();
        assertThat(cases.timeline(report)).isEqualTo(timeline);
    }

    @Test
    void aCitizenWithoutAnAccountAttachesTheirOwnUploadsByName() {
        var report = fixture.report();
        var anonymous = Uploader.citizen("anonymous:" + UUID.randomUUID(), "Jo Bloggs");
        var bill = documents.upload("proof-of-address", "bill.pdf", stream(TestFiles.pdf()), anonymous);

        var sent = messages.post(report, "citizen", "Jo Bloggs", "My bill", List.of(bill.id()));

        assertThat(sent.documents()).extracting(Document::id).containsExactly(bill.id());
        assertThat(cases.timeline(report).getLast().actor()).isEqualTo("citizen");
    }
}
