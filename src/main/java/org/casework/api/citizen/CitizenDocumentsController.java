package org.casework.api.citizen;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.casework.api.BadRequest;
import org.casework.conversation.DocumentId;
import org.casework.conversation.Documents;
import org.casework.engine.CaseNotFound;
import org.casework.identity.CitizenPrincipal;
import org.casework.portal.CitizenDocuments;
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
@RequestMapping("/api/v1/citizen")
@Tag(
        name = "Citizen documents",
        description = "The signed-in citizen uploads documents to send with a reply, a message or a form, and"
                + " downloads those of their requests")
@SecurityRequirement(name = CitizenSessionsController.CITIZEN_TOKEN)
@PreAuthorize("hasRole('CITIZEN')")
class CitizenDocumentsController {

    /** The type the portal gives a document sent with a reply when the request named none. */
    private static final String REPLY = "reply";

    private final OwnRequests own;
    private final Documents documents;
    private final CitizenDocuments citizenDocuments;

    CitizenDocumentsController(OwnRequests own, Documents documents, CitizenDocuments citizenDocuments) {
        this.own = own;
        this.documents = documents;
        this.citizenDocuments = citizenDocuments;
    }

    @PostMapping(path = "/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(
            summary = "Upload a document (multipart: file, and type such as proof-of-address, reply if left out) to"
                    + " send next with a reply, a message or a form, by its id. It is on no request until then. Its"
                    + " type is told from its content: too large is 413, a type not allowed 415, both naming file")
    ResponseEntity<RequestDetail.DocumentView> upload(
            @RequestParam(required = false) String type,
            @RequestPart(required = false) MultipartFile file,
            @AuthenticationPrincipal CitizenPrincipal me) {
        if (file == null) throw BadRequest.unprocessable("file", "is required: the document, as a multipart part");
        try (var content = file.getInputStream()) {
            var document = documents.upload(
                    type == null || type.isBlank() ? REPLY : type,
                    file.getOriginalFilename(),
                    content,
                    own.asSender(me));
            return ResponseEntity.created(URI.create("/api/v1/citizen/documents/" + document.id()))
                    .body(RequestDetail.DocumentView.from(document));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @GetMapping("/requests/{reference}/documents/{id}")
    @Operation(
            summary = "Download a document of your request: one you sent, or one the council sent you; anything"
                    + " else is 404")
    ResponseEntity<InputStreamResource> download(
            @PathVariable String reference, @PathVariable UUID id, @AuthenticationPrincipal CitizenPrincipal me) {
        var request = own.require(reference, me);
        var document = citizenDocuments
                .find(request, new DocumentId(id))
                .orElseThrow(() -> new CaseNotFound("document " + id));
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
