package org.casework.registry.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import org.casework.identity.StaffPrincipal;
import org.casework.registry.GazetteerImportId;
import org.casework.registry.GazetteerImportRefused;
import org.casework.registry.GazetteerImports;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;

/**
 * Administrators load the gazetteer: upload a file and pick its layout, then watch the import (the progress part of
 * the page refreshes itself through htmx while it runs; a Refresh link does without JavaScript) and read the rows it
 * rejected, by line.
 */
@Controller
@PreAuthorize("hasAuthority('PERMISSION_ADMINISTER')")
class GazetteerImportsPage {

    private static final String BASE = "/admin/gazetteer";
    private static final int REJECTIONS_PER_PAGE = 100;

    private final GazetteerImports imports;

    GazetteerImportsPage(GazetteerImports imports) {
        this.imports = imports;
    }

    @GetMapping(BASE)
    ModelAndView form() {
        return form("", Map.of());
    }

    @PostMapping(BASE)
    ModelAndView upload(
            @RequestParam(defaultValue = "") String layout,
            @RequestPart(required = false) MultipartFile file,
            @AuthenticationPrincipal StaffPrincipal me) {
        if (file == null
                || file.isEmpty()
                        && (file.getOriginalFilename() == null
                                || file.getOriginalFilename().isEmpty())) {
            return refused(layout, "file", "Select a gazetteer file");
        }
        try (var content = file.getInputStream()) {
            var started = imports.start(layout, file.getOriginalFilename(), content, me.username());
            return new ModelAndView("redirect:" + BASE + "/imports/" + started.id());
        } catch (GazetteerImportRefused refusal) {
            return refused(layout, refusal.field(), refusal.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @GetMapping(BASE + "/imports/{id}")
    ModelAndView progress(@PathVariable String id, @RequestParam(defaultValue = "0") long after) {
        var found = GazetteerImportId.parse(id)
                .flatMap(imports::find)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        var rejections = imports.rejections(found.id(), after, REJECTIONS_PER_PAGE);
        return new ModelAndView("registry/gazetteer-import")
                .addObject("section", "places")
                .addObject("gazetteerImport", found)
                .addObject("rejections", rejections)
                .addObject("after", after)
                .addObject(
                        "nextAfter",
                        rejections.size() == REJECTIONS_PER_PAGE
                                ? rejections.getLast().lineNumber()
                                : null);
    }

    private ModelAndView refused(String layout, String field, String message) {
        var page = form(layout, Map.of(field, message));
        page.setStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        return page;
    }

    private ModelAndView form(String layout, Map<String, String> errors) {
        return new ModelAndView("registry/gazetteer-imports")
                .addObject("section", "places")
                .addObject("layouts", imports.layouts())
                .addObject("layout", layout)
                .addObject("recent", imports.recent(10))
                .addObject("errors", errors);
    }
}
