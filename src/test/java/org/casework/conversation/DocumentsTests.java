package org.casework.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.casework.conversation.TestFiles.stream;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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

/**
 * Documents are taken by what their content is, not what they are called; they must be small enough and of an allowed
 * type; and an upload made before the case existed can be attached to it only by whoever uploaded it.
 */
@IntegrationTest
class DocumentsTests {

    @Autowired
    Documents documents;

    @Autowired
    Cases cases;

    @Autowired
    DocumentProperties properties;

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
        citizen = Uploader.citizen("anonymous:" + UUID.randomUUID(), "Jo Bloggs");
    }

    @Test
    void eachAllowedKindOfFileIsTakenByItsContentWhateverItIsCalled() {
        var report = fixture.report();

        var png = documents.upload(report, "photo", "pothole.pdf", stream(TestFiles.png()), fixture.olive());
        var pdf = documents.upload(report, "other", "letter", stream(TestFiles.pdf()), fixture.olive());
        var jpeg = documents.upload(report, "photo", "IMG_0001.JPG", stream(TestFiles.jpeg()), fixture.olive());
        var docx = documents.upload(report, "other", "notes.docx", stream(TestFiles.docx()), fixture.olive());
        var odt = documents.upload(report, "other", "notes.odt", stream(TestFiles.odt()), fixture.olive());

        assertThat(png.contentType()).as("a PNG named .pdf is a PNG").isEqualTo("image/png");
        assertThat(pdf.contentType()).as("a PDF with no extension is a PDF").isEqualTo("application/pdf");
        assertThat(jpeg.contentType()).isEqualTo("image/jpeg");
        assertThat(docx.contentType())
                .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(odt.contentType()).isEqualTo("application/vnd.oasis.opendocument.text");
        assertThat(png.size()).isEqualTo(TestFiles.png().length);
        assertThat(documents.of(report))
                .extracting(Document::filename)
                .containsExactly("pothole.pdf", "letter", "IMG_0001.JPG", "notes.docx", "notes.odt");
    }

    @Test
    void aDocumentOnACaseIsOnItsTimelineByTypeAndNameAndReadsBackByteForByte() throws IOException {
        var report = fixture.report();

        var photo = documents.upload(report, "photo", "pothole.png", stream(TestFiles.png()), fixture.olive());

        assertThat(photo.caseId()).isEqualTo(report);
        assertThat(photo.uploadedBy()).isEqualTo(fixture.olive());
        assertThat(documents.find(photo.id())).contains(photo);
        try (var content = documents.open(photo.id())) {
            assertThat(content.readAllBytes()).isEqualTo(TestFiles.png());
        }
        var added = last(cases.timeline(report));
        assertThat(added.type()).isEqualTo("document-added");
        assertThat(added.actor()).isEqualTo(fixture.officer.username());
        assertThat(added.detail()).containsOnlyKeys("type", "filename").containsEntry("filename", "pothole.png");
    }

    @Test
    void aProgramRenamedPdfIsRefusedAndNothingIsKept() throws IOException {
        var report = fixture.report();
        var timeline = cases.timeline(report);
        var filesBefore = storedFiles();

        assertThatThrownBy(() ->
                        documents.upload(report, "other", "invoice.pdf", stream(TestFiles.program()), fixture.olive()))
                .isInstanceOfSatisfying(DocumentRefused.class, refused -> {
                    assertThat(refused.getMessage())
                            .isEqualTo("The selected file must be a PDF, JPG, PNG, DOCX or ODT");
                    assertThat(refused.field()).isEqualTo("file");
                    assertThat(refused.kind()).isEqualTo(DocumentRefused.Kind.WRONG_TYPE);
                });

        assertThat(documents.of(report)).isEmpty();
        assertThat(cases.timeline(report)).isEqualTo(timeline);
        assertThat(storedFiles()).isEqualTo(filesBefore);
    }

    @Test
    void aFileOverTheSizeLimitOrEmptyIsRefused() {
        var report = fixture.report();
        var limit = (int) properties.maxSize().toBytes();

        assertThatThrownBy(() -> documents.upload(
                        report, "other", "big.pdf", stream(TestFiles.pdfOfSize(limit + 1)), fixture.olive()))
                .isInstanceOf(DocumentRefused.class)
                .hasMessage("The selected file must be smaller than 10MB");
        assertThatThrownBy(() -> documents.upload(report, "other", "empty.pdf", stream(new byte[0]), fixture.olive()))
                .isInstanceOf(DocumentRefused.class)
                .hasMessage("The selected file is empty");
        assertThat(documents.of(report)).isEmpty();

        var justFits =
                documents.upload(report, "other", "fits.pdf", stream(TestFiles.pdfOfSize(limit)), fixture.olive());
        assertThat(justFits.size()).isEqualTo(limit);
    }

    @Test
    void aFileNameKeepsNoFolderAndADocumentNeedsAType() {
        var report = fixture.report();

        var document = documents.upload(
                report, "other", "C:\\Users\\jo\\My Documents\\letter.pdf", stream(TestFiles.pdf()), citizen);

        assertThat(document.filename()).isEqualTo("letter.pdf");
        assertThatThrownBy(() -> documents.upload(report, " ", "letter.pdf", stream(TestFiles.pdf()), citizen))
                .isInstanceOfSatisfying(
                        DocumentRefused.class,
                        refused -> assertThat(refused.field()).isEqualTo("type"));
    }

    @Test
    void anUploadMadeBeforeTheCaseExistedIsAttachedByWhoeverUploadedItAndByNobodyElse() {
        var form = documents.upload("proof-of-address", "bill.pdf", stream(TestFiles.pdf()), citizen);
        assertThat(form.caseId()).isNull();
        var report = fixture.report();
        var someoneElse = Uploader.citizen("anonymous:" + UUID.randomUUID(), "Jo Bloggs");

        assertThatThrownBy(() -> documents.attach(report, List.of(form.id()), someoneElse))
                .isInstanceOf(DocumentRefused.class)
                .hasMessage("The selected file cannot be attached to this case");
        assertThat(documents.of(report)).isEmpty();

        documents.attach(report, List.of(form.id()), citizen);

        assertThat(documents.of(report)).extracting(Document::id).containsExactly(form.id());
        assertThat(documents.find(form.id()).orElseThrow().caseId()).isEqualTo(report);
        var added = last(cases.timeline(report));
        assertThat(added.type()).isEqualTo("document-added");
        assertThat(added.actor()).isEqualTo("citizen");

        var another = fixture.report();
        assertThatThrownBy(() -> documents.attach(another, List.of(form.id()), citizen))
                .isInstanceOf(DocumentRefused.class)
                .hasMessage("The selected file is already on a case");
        assertThat(documents.of(another)).isEmpty();
    }

    @Test
    void attachingSeveralIsAllOrNothing() {
        var mine = documents.upload("proof-of-address", "bill.pdf", stream(TestFiles.pdf()), citizen);
        var theirs = documents.upload(
                "photo",
                "photo.png",
                stream(TestFiles.png()),
                Uploader.citizen("anonymous:" + UUID.randomUUID(), "Sam"));
        var report = fixture.report();

        assertThatThrownBy(() -> documents.attach(report, List.of(mine.id(), theirs.id()), citizen))
                .isInstanceOf(DocumentRefused.class);

        assertThat(documents.of(report)).isEmpty();
        assertThat(documents.find(mine.id()).orElseThrow().caseId()).isNull();
    }

    private List<Path> storedFiles() throws IOException {
        var root = properties.directory();
        if (!Files.exists(root)) return List.of();
        try (var files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).sorted().toList();
        }
    }

    private static TimelineEntry last(List<TimelineEntry> timeline) {
        return timeline.getLast();
    }
}
