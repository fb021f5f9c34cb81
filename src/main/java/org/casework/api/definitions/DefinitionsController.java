package org.casework.api.definitions;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.casework.api.BadRequest;
import org.casework.definition.Definitions;
import org.casework.definition.DocumentFormat;
import org.casework.definition.ProcessDefinition;
import org.casework.definition.ProcessDocuments;
import org.casework.definition.ProcessNotFound;
import org.casework.definition.ProcessSummary;
import org.casework.definition.ValidationProblem;
import org.casework.identity.StaffPrincipal;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/definitions")
@Tag(name = "Process definitions", description = "Write drafts, validate, publish, list and export processes")
class DefinitionsController {

    private static final String YAML = "application/yaml";

    private final Definitions definitions;
    private final ProcessDocuments documents;

    DefinitionsController(Definitions definitions, ProcessDocuments documents) {
        this.definitions = definitions;
        this.documents = documents;
    }

    record DraftSaved(String key, boolean valid, List<ValidationProblem> problems) {}

    record PublishRequest(String changeNote) {}

    record Published(String key, int version, String changeNote, Instant publishedAt, String publishedBy) {}

    @GetMapping
    @PreAuthorize("hasAuthority('cases:read') or hasAuthority('definitions:admin')")
    @Operation(summary = "Every process, with its latest published version and whether a draft is in progress")
    List<ProcessSummary> list() {
        return definitions.list();
    }

    @PutMapping(
            value = "/{key}/draft",
            consumes = {MediaType.APPLICATION_JSON_VALUE, YAML, "application/x-yaml", "text/yaml"})
    @PreAuthorize("hasAuthority('definitions:admin') and hasAuthority('PERMISSION_ADMINISTER')")
    @Operation(
            summary = "Create or replace the draft from a JSON or YAML document (this is also how files are"
                    + " imported); the answer lists what must be fixed before publishing")
    DraftSaved saveDraft(
            @PathVariable String key,
            @RequestBody String document,
            @RequestHeader(HttpHeaders.CONTENT_TYPE) String contentType,
            @AuthenticationPrincipal StaffPrincipal me) {
        var definition = documents.read(document, DocumentFormat.fromContentType(contentType));
        if (!key.equals(definition.key())) {
            throw BadRequest.unprocessable(
                    "key",
                    "in the document ('" + definition.key() + "') must match the key in the address ('" + key + "')");
        }
        definitions.saveDraft(definition, me.username());
        var problems = definitions.validate(definition);
        return new DraftSaved(key, problems.isEmpty(), problems);
    }

    @GetMapping(
            value = "/{key}/draft",
            produces = {MediaType.APPLICATION_JSON_VALUE, YAML})
    @PreAuthorize("hasAuthority('definitions:admin') and hasAuthority('PERMISSION_ADMINISTER')")
    @Operation(summary = "The draft, as JSON or (Accept: application/yaml) YAML")
    ResponseEntity<String> draft(
            @PathVariable String key, @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        var draft = definitions.draft(key).orElseThrow(() -> new ProcessNotFound("Process '" + key + "' has no draft"));
        return document(
                draft, accept != null && accept.contains("yaml") ? DocumentFormat.YAML : DocumentFormat.JSON, null);
    }

    @PostMapping("/{key}/draft/validate")
    @PreAuthorize("hasAuthority('definitions:admin') and hasAuthority('PERMISSION_ADMINISTER')")
    @Operation(summary = "Check the draft against every publishing rule")
    DraftSaved validate(@PathVariable String key) {
        var draft = definitions.draft(key).orElseThrow(() -> new ProcessNotFound("Process '" + key + "' has no draft"));
        var problems = definitions.validate(draft);
        return new DraftSaved(key, problems.isEmpty(), problems);
    }

    @PostMapping("/{key}/publish")
    @PreAuthorize("hasAuthority('definitions:admin') and hasAuthority('PERMISSION_ADMINISTER')")
    @Operation(summary = "Freeze the draft as the next version; new cases use it, running cases keep theirs")
    ResponseEntity<Published> publish(
            @PathVariable String key,
            @RequestBody(required = false) PublishRequest request,
            @AuthenticationPrincipal StaffPrincipal me) {
        var version = definitions.publish(key, request == null ? null : request.changeNote(), me.username());
        return ResponseEntity.created(URI.create("/api/v1/definitions/" + key + "/versions/" + version.version()))
                .body(new Published(
                        key, version.version(), version.changeNote(), version.publishedAt(), version.publishedBy()));
    }

    @GetMapping("/{key}/versions")
    @PreAuthorize("hasAuthority('cases:read') or hasAuthority('definitions:admin')")
    @Operation(summary = "The published version numbers of a process")
    List<Integer> versions(@PathVariable String key) {
        var versions = definitions.versionNumbers(key);
        if (versions.isEmpty()) throw new ProcessNotFound("Process '" + key + "' has no published version");
        return versions;
    }

    @GetMapping(
            value = "/{key}/versions/{version}",
            produces = {MediaType.APPLICATION_JSON_VALUE, YAML})
    @PreAuthorize("hasAuthority('cases:read') or hasAuthority('definitions:admin')")
    @Operation(summary = "A published version's document")
    ResponseEntity<String> version(
            @PathVariable String key,
            @PathVariable int version,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        var found = published(key, version);
        return document(
                found, accept != null && accept.contains("yaml") ? DocumentFormat.YAML : DocumentFormat.JSON, null);
    }

    @GetMapping("/{key}/versions/{version}/export")
    @PreAuthorize("hasAuthority('definitions:admin') and hasAuthority('PERMISSION_ADMINISTER')")
    @Operation(summary = "Download a published version as a file (format json or yaml) to import elsewhere")
    ResponseEntity<String> export(
            @PathVariable String key, @PathVariable int version, @RequestParam(defaultValue = "json") String format) {
        var documentFormat = switch (format) {
            case "json" -> DocumentFormat.JSON;
            case "yaml", "yml" -> DocumentFormat.YAML;
            default -> throw BadRequest.malformed("format", "must be json or yaml");
        };
        var file = key + "-v" + version + (documentFormat == DocumentFormat.YAML ? ".yaml" : ".json");
        return document(published(key, version), documentFormat, file);
    }

    private ProcessDefinition published(String key, int version) {
        return definitions
                .version(key, version)
                .orElseThrow(() -> new ProcessNotFound("Process '" + key + "' has no version " + version))
                .definition();
    }

    private ResponseEntity<String> document(ProcessDefinition definition, DocumentFormat format, String fileName) {
        var response = ResponseEntity.ok()
                .contentType(
                        format == DocumentFormat.YAML ? MediaType.parseMediaType(YAML) : MediaType.APPLICATION_JSON);
        if (fileName != null) {
            response.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + fileName + "\"");
        }
        return response.body(documents.write(definition, format));
    }
}
