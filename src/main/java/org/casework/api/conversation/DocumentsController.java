package org.casework.api.conversation;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.casework.api.BadRequest;
import org.casework.conversation.DocumentId;
import org.casework.conversation.Documents;
import org.casework.conversation.Uploader;
import org.casework.engine.CaseId;
import org.casework.engine.CaseNotFound;
import org.casework.engine.Cases;
import org.casework.identity.StaffPrincipal;
import org.casework.work.CaseAccess;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Documents", description = "Upload documents to cases and download them")
class DocumentsController {

    private final Documents documents;
    private final Cases cases;
    private final CaseAccess access;

    DocumentsController(Documents documents, Cases cases, CaseAccess access) {
        this.documents = documents;
        this.cases = cases;
        this.access = access;
    }

    @GetMapping("/cases/{id}/documents")
    @PreAuthorize("hasAuthority('cases:read')")
    @Operation(summary = "The case's documents, oldest first, with who uploaded each and when")
    List<DocumentResponse> list(@PathVariable UUID id, @AuthenticationPrincipal StaffPrincipal me) {
        var view = access.require(cases.get(new CaseId(id)), me);
        return documents.of(view.id()).stream().map(DocumentResponse::from).toList();
    }

    @PostMapping(path = "/cases/{id}/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasAuthority('cases:write')")
    @Operation(
            summary = "Upload a document to the case (multipart: type and file). The file's type is told from its"
                    + " content; too large is 413, a type not allowed 415")
    ResponseEntity<DocumentResponse> upload(
            @PathVariable UUID id,
            @RequestParam(required = false) String type,
            @RequestPart(required = false) MultipartFile file,
            @AuthenticationPrincipal StaffPrincipal me) {
        var view = access.require(cases.get(new CaseId(id)), me);
        if (file == null) throw BadRequest.unprocessable("file", "is required: the document, as a multipart part");
        try (var content = file.getInputStream()) {
            var document = documents.upload(
                    view.id(),
                    type,
                    file.getOriginalFilename(),
                    content,
                    Uploader.staff(me.username(), me.displayName()));
            return ResponseEntity.created(URI.create("/api/v1/documents/" + document.id() + "/content"))
                    .body(DocumentResponse.from(document));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @GetMapping("/documents/{id}/content")
    @PreAuthorize("hasAuthority('cases:read')")
    @Operation(summary = "Download a document, as an attachment with the type detected when it was uploaded")
    ResponseEntity<InputStreamResource> content(@PathVariable UUID id, @AuthenticationPrincipal StaffPrincipal me) {
        var document = documents
                .find(new DocumentId(id))
                .filter(d -> d.caseId() != null)
                .orElseThrow(() -> new CaseNotFound("for document " + id));
        // Not found, not "hidden": the answer names no case, so a document id tells nothing about one.
        if (!access.maySee(cases.get(document.caseId()), me)) throw new CaseNotFound("for document " + id);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(document.contentType()))
                .contentLength(document.size())
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(document.filename(), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(new InputStreamResource(documents.open(document.id())));
    }
}
