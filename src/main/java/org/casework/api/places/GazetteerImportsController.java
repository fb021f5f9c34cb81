package org.casework.api.places;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.List;
import org.casework.api.BadRequest;
import org.casework.identity.StaffPrincipal;
import org.casework.registry.GazetteerImportId;
import org.casework.registry.GazetteerImportNotFound;
import org.casework.registry.GazetteerImportRefused;
import org.casework.registry.GazetteerImports;
import org.casework.registry.GazetteerLayout;
import org.casework.registry.GazetteerRejection;
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
@RequestMapping("/api/v1/gazetteer")
@Tag(name = "Gazetteer", description = "Loading the council's places from a gazetteer CSV file")
@PreAuthorize("hasAuthority('definitions:admin') and hasAuthority('PERMISSION_ADMINISTER')")
class GazetteerImportsController {

    private final GazetteerImports imports;

    GazetteerImportsController(GazetteerImports imports) {
        this.imports = imports;
    }

    @GetMapping("/layouts")
    @Operation(summary = "The file layouts an import can read, with their column names")
    List<GazetteerLayout> layouts() {
        return imports.layouts();
    }

    @PostMapping(path = "/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(
            summary = "Import a gazetteer file (multipart: layout and file) in the background; 202 with the import to"
                    + " follow. Uploads are limited by spring.servlet.multipart.max-file-size: send larger files as"
                    + " text/csv")
    ResponseEntity<GazetteerImportResponse> upload(
            @RequestParam(required = false) String layout,
            @RequestPart(required = false) MultipartFile file,
            @AuthenticationPrincipal StaffPrincipal me) {
        if (file == null)
            throw BadRequest.malformed("file", "is required: the gazetteer CSV file, as a multipart part");
        try (var content = file.getInputStream()) {
            return start(layout, file.getOriginalFilename(), content, me);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @PostMapping(path = "/imports", consumes = "text/csv")
    @Operation(summary = "Import a gazetteer file sent as the request body (text/csv, any size), streamed to disk")
    ResponseEntity<GazetteerImportResponse> stream(
            @RequestParam(required = false) String layout,
            @RequestParam(defaultValue = "gazetteer.csv") String fileName,
            InputStream body,
            @AuthenticationPrincipal StaffPrincipal me) {
        return start(layout, fileName, body, me);
    }

    private ResponseEntity<GazetteerImportResponse> start(
            String layout, String fileName, InputStream content, StaffPrincipal me) {
        try {
            var started = imports.start(layout, fileName, content, me.username());
            return ResponseEntity.accepted()
                    .location(URI.create("/api/v1/gazetteer/imports/" + started.id()))
                    .body(GazetteerImportResponse.from(started));
        } catch (GazetteerImportRefused refused) {
            throw BadRequest.unprocessable(refused.field(), refused.getMessage());
        }
    }

    @GetMapping("/imports")
    @Operation(summary = "The latest imports, newest first")
    List<GazetteerImportResponse> recent() {
        return imports.recent(20).stream().map(GazetteerImportResponse::from).toList();
    }

    @GetMapping("/imports/{id}")
    @Operation(summary = "An import's status and counts")
    GazetteerImportResponse get(@PathVariable String id) {
        var importId = id(id);
        return GazetteerImportResponse.from(
                imports.find(importId).orElseThrow(() -> new GazetteerImportNotFound(importId)));
    }

    @GetMapping("/imports/{id}/rejections")
    @Operation(summary = "The rows an import rejected, by line number (the header is line 1), after a line, up to 1000")
    List<GazetteerRejection> rejections(
            @PathVariable String id,
            @RequestParam(defaultValue = "0") long after,
            @RequestParam(defaultValue = "100") int limit) {
        var importId = id(id);
        imports.find(importId).orElseThrow(() -> new GazetteerImportNotFound(importId));
        return imports.rejections(importId, after, Math.max(1, Math.min(limit, 1000)));
    }

    private static GazetteerImportId id(String text) {
        return GazetteerImportId.parse(text).orElseThrow(() -> BadRequest.malformed("id", "is not an import id"));
    }
}
