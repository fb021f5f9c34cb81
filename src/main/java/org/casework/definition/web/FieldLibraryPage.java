package org.casework.definition.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.casework.definition.FieldDefinition;
import org.casework.definition.FieldLibrary;
import org.casework.definition.LibraryFieldRefused;
import org.casework.identity.StaffPrincipal;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The shared field library: fields administrators keep once and copy into any process from the designer. */
@Controller
@PreAuthorize("hasAuthority('PERMISSION_ADMINISTER')")
class FieldLibraryPage {

    static final String LIBRARY = "/admin/field-library";

    private final FieldLibrary library;

    FieldLibraryPage(FieldLibrary library) {
        this.library = library;
    }

    @GetMapping(LIBRARY)
    ModelAndView list() {
        return new ModelAndView("definition/field-library")
                .addObject("section", "processes")
                .addObject("fields", library.fields());
    }

    @GetMapping(LIBRARY + "/new")
    ModelAndView blank() {
        return page(new FieldDefinition(null, null, null, false, null, null), true, Map.of());
    }

    @GetMapping(LIBRARY + "/{fieldKey}")
    ModelAndView edit(@PathVariable String fieldKey) {
        var field = library.field(fieldKey).orElseThrow(() -> new NotInDraft("library field " + fieldKey));
        return page(field, false, Map.of());
    }

    @PostMapping(LIBRARY)
    ModelAndView add(@RequestParam MultiValueMap<String, String> sent, StaffPrincipal me, RedirectAttributes flash) {
        var form = new FormValues(sent);
        var errors = new LinkedHashMap<String, String>();
        var field = FieldForm.read(form.text("key"), form, errors);
        if (field.key() != null && library.field(field.key()).isPresent()) {
            errors.put("key", "The library already has a field with the key ‘" + field.key() + "’");
        }
        return save(field, true, errors, me, flash);
    }

    @PostMapping(LIBRARY + "/{fieldKey}")
    ModelAndView change(
            @PathVariable String fieldKey,
            @RequestParam MultiValueMap<String, String> sent,
            StaffPrincipal me,
            RedirectAttributes flash) {
        library.field(fieldKey).orElseThrow(() -> new NotInDraft("library field " + fieldKey));
        var errors = new LinkedHashMap<String, String>();
        return save(FieldForm.read(fieldKey, new FormValues(sent), errors), false, errors, me, flash);
    }

    @PostMapping(LIBRARY + "/{fieldKey}/remove")
    String remove(@PathVariable String fieldKey, RedirectAttributes flash) {
        library.remove(fieldKey);
        flash.addFlashAttribute("success", "Field ‘" + fieldKey + "’ taken out of the library");
        return "redirect:" + LIBRARY;
    }

    private ModelAndView save(
            FieldDefinition field,
            boolean isNew,
            Map<String, String> errors,
            StaffPrincipal me,
            RedirectAttributes flash) {
        if (errors.isEmpty()) {
            try {
                library.save(field, me.username());
                flash.addFlashAttribute("success", "Library field ‘" + field.label() + "’ saved");
                return new ModelAndView("redirect:" + LIBRARY);
            } catch (LibraryFieldRefused refused) {
                refused.problems().forEach(problem -> errors.putIfAbsent(problem.field(), problem.reason()));
            }
        }
        var page = page(field, isNew, errors);
        page.setStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        return page;
    }

    private ModelAndView page(FieldDefinition field, boolean isNew, Map<String, String> errors) {
        var page = new ModelAndView("definition/library-field")
                .addObject("section", "processes")
                .addObject("isNew", isNew)
                .addObject("action", isNew ? LIBRARY : LIBRARY + "/" + field.key())
                .addObject("heading", isNew ? "Add a field to the library" : field.label())
                .addObject("errors", errors);
        return FieldForm.show(page, field);
    }
}
