package org.casework.definition.web;

import org.casework.definition.Definitions;
import org.casework.definition.ProcessDefinition;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The diagram of a process's draft or of one of its versions, drawn on the server as SVG. */
@Controller
@PreAuthorize("hasAuthority('PERMISSION_ADMINISTER')")
class ProcessDiagramPage {

    private static final MediaType SVG = MediaType.valueOf("image/svg+xml");

    private final Definitions definitions;

    ProcessDiagramPage(Definitions definitions) {
        this.definitions = definitions;
    }

    @GetMapping("/admin/processes/{key}/draft/diagram.svg")
    ResponseEntity<String> draft(@PathVariable String key) {
        var draft = definitions.draft(key).orElseThrow(() -> new NoSuchProcessVersion("No draft of " + key));
        // A draft changes as it is edited: always drawn afresh.
        return svg(draft, "Diagram of the draft of " + nameOf(draft), CacheControl.noStore());
    }

    @GetMapping("/admin/processes/{key}/versions/{version}/diagram.svg")
    ResponseEntity<String> version(@PathVariable String key, @PathVariable int version) {
        var found = definitions
                .version(key, version)
                .orElseThrow(() -> new NoSuchProcessVersion("No version " + version + " of " + key));
        var definition = found.definition();
        return svg(definition, "Diagram of version " + version + " of " + nameOf(definition), CacheControl.noCache());
    }

    private static ResponseEntity<String> svg(ProcessDefinition definition, String title, CacheControl cache) {
        return ResponseEntity.ok().contentType(SVG).cacheControl(cache).body(ProcessDiagram.svg(definition, title));
    }

    static String nameOf(ProcessDefinition definition) {
        return definition.name() == null || definition.name().isBlank() ? definition.key() : definition.name();
    }
}
