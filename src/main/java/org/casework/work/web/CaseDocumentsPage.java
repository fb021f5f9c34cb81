package org.casework.work.web;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.casework.conversation.DocumentId;
import org.casework.conversation.DocumentRefused;
import org.casework.conversation.Documents;
import org.casework.conversation.Uploader;
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
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * Uploading a document to a case from its page, and downloading one. A refused upload comes back to the case page
 * with a GOV.UK error summary (the type chosen kept; a browser cannot be given the file back).
 */
@Controller
@PreAuthorize("isAuthenticated()")
class CaseDocumentsPage {

    private final Cases cases;
    private final CaseAccess access;
    private final Documents documents;

    CaseDocumentsPage(Cases cases, CaseAccess access, Documents documents) {
        this.cases = cases;
        this.access = access;
        this.documents = documents;
    }

    @PostMapping("/cases/{reference}/documents")
    ModelAndView upload(
            @PathVariable String reference,
            @RequestParam(required = false) String type,
            @RequestParam(required = false) MultipartFile file,
            StaffPrincipal me,
            RedirectAttributes flash) {
        var view = access.require(cases.byReference(reference), me);
        var missing = new java.util.LinkedHashMap<String, String>();
        if (type == null || type.isBlank()) missing.put("type", "Select the type of document");
        if (file == null || file.isEmpty() && isBlank(file.getOriginalFilename())) missing.put("file", "Select a file");
        if (!missing.isEmpty()) {
            flash.addFlashAttribute("documentErrors", missing);
            flash.addFlashAttribute("documentType", type);
            return new ModelAndView("redirect:/cases/" + view.reference() + "#documents");
        }
        try {
            try (var content = file.getInputStream()) {
                var document = documents.upload(
                        view.id(),
                        type,
                        file.getOriginalFilename(),
                        content,
                        Uploader.staff(me.username(), me.displayName()));
                flash.addFlashAttribute("success", "You uploaded " + document.filename());
            }
        } catch (DocumentRefused refused) {
            flash.addFlashAttribute("documentErrors", Map.of(refused.field(), refused.getMessage()));
            flash.addFlashAttribute("documentType", type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ModelAndView("redirect:/cases/" + view.reference() + "#documents");
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    /**
     * A file past the multipart limit, should it reach this controller, gets the same message as one just over the
     * documents limit, on the case page. Today the security filters read the form's CSRF token first, Tomcat refuses
     * the request there and its 413 is answered by {@code templates/error/413.html} instead.
     */
    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ModelAndView tooLarge(HttpServletRequest request) {
        @SuppressWarnings("unchecked")
        var variables = (Map<String, String>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        var reference = variables == null ? null : variables.get("reference");
        if (reference == null) throw new CaseNotFound("for an upload");
        RequestContextUtils.getOutputFlashMap(request).put("documentErrors", Map.of("file", documents.tooLarge()));
        return new ModelAndView("redirect:/cases/" + reference + "#documents");
    }

    @GetMapping("/cases/{reference}/documents/{id}")
    ResponseEntity<InputStreamResource> download(
            @PathVariable String reference, @PathVariable UUID id, StaffPrincipal me) {
        var view = access.require(cases.byReference(reference), me);
        var document = documents
                .find(new DocumentId(id))
                .filter(found -> view.id().equals(found.caseId()))
                .orElseThrow(() -> new CaseNotFound("for document " + id));
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
