package org.casework.portal.web;

import jakarta.servlet.http.HttpSession;
import java.util.UUID;
import org.casework.conversation.DocumentId;
import org.casework.conversation.Documents;
import org.casework.identity.CitizenAccount;
import org.casework.portal.CitizenDocuments;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** Downloading a document of a request, for whoever may see the request and only what {@link CitizenDocuments} lets citizens see. */
@Controller
@PreAuthorize("permitAll()")
class RequestDocumentsPage {

    private final RequestAccess access;
    private final Documents documents;
    private final CitizenDocuments citizenDocuments;

    RequestDocumentsPage(RequestAccess access, Documents documents, CitizenDocuments citizenDocuments) {
        this.access = access;
        this.documents = documents;
        this.citizenDocuments = citizenDocuments;
    }

    @GetMapping("/portal/requests/{reference}/documents/{id}")
    ResponseEntity<InputStreamResource> download(
            @PathVariable String reference, @PathVariable UUID id, CitizenAccount citizen, HttpSession session) {
        var request = access.require(reference, citizen, session);
        var document = citizenDocuments.find(request, new DocumentId(id)).orElseThrow(NoSuchRequest::new);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(document.contentType()))
                .contentLength(document.size())
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(document.filename(), java.nio.charset.StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(new InputStreamResource(documents.open(document.id())));
    }
}
