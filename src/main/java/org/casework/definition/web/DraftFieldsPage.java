package org.casework.definition.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.casework.definition.DraftChangedMeanwhile;
import org.casework.definition.DraftView;
import org.casework.definition.FieldDefinition;
import org.casework.definition.FieldLibrary;
import org.casework.definition.ProcessDefinition;
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

/** A draft's fields: written for the process, or copied in from the shared field library. */
@Controller
@PreAuthorize("hasAuthority('PERMISSION_ADMINISTER')")
class DraftFieldsPage {

    private static final String FIELDS = DraftEditing.BASE + "/{key}/draft/fields";

    private final DraftEditing drafts;
    private final FieldLibrary library;

    DraftFieldsPage(DraftEditing drafts, FieldLibrary library) {
        this.drafts = drafts;
        this.library = library;
    }

    @GetMapping(FIELDS + "/new")
    ModelAndView blank(@PathVariable String key) {
        var draft = drafts.open(key);
        var blank = new FieldDefinition(null, null, null, false, null, null);
        return page(draft, draft.revision(), blank, true, new LinkedHashMap<>());
    }

    @GetMapping(FIELDS + "/{fieldKey}")
    ModelAndView edit(@PathVariable String key, @PathVariable String fieldKey) {
        var draft = drafts.open(key);
        var field = field(draft.definition(), fieldKey);
        var errors = ProblemPlaces.place(
                drafts.problems(draft.definition()),
                "$.fields[" + draft.definition().fields().indexOf(field) + "]",
                FieldForm.ANCHORS,
                "label");
        return page(draft, draft.revision(), field, false, errors);
    }

    @PostMapping(FIELDS)
    ModelAndView add(
            @PathVariable String key,
            @RequestParam MultiValueMap<String, String> sent,
            StaffPrincipal me,
            RedirectAttributes flash) {
        return save(key, null, new FormValues(sent), me, flash);
    }

    @PostMapping(FIELDS + "/{fieldKey}")
    ModelAndView change(
            @PathVariable String key,
            @PathVariable String fieldKey,
            @RequestParam MultiValueMap<String, String> sent,
            StaffPrincipal me,
            RedirectAttributes flash) {
        field(drafts.open(key).definition(), fieldKey);
        return save(key, fieldKey, new FormValues(sent), me, flash);
    }

    /** Copies a library field into the draft: the process keeps its own copy from then on. */
    @PostMapping(FIELDS + "/from-library")
    String fromLibrary(
            @PathVariable String key,
            @RequestParam MultiValueMap<String, String> sent,
            StaffPrincipal me,
            RedirectAttributes flash) {
        var form = new FormValues(sent);
        var chosen = form.text("libraryField");
        var field = chosen == null ? null : library.field(chosen).orElse(null);
        if (field == null) {
            flash.addFlashAttribute("conflict", "Choose a field from the library to add");
            return "redirect:" + DraftEditing.draftPath(key) + "#fields";
        }
        try {
            drafts.save(
                    key,
                    DraftEditing.revision(form),
                    definition -> definition.field(field.key()).isPresent()
                            ? definition
                            : Redraft.fields(definition, Redraft.put(definition.fields(), -1, field)),
                    me.username());
            flash.addFlashAttribute("success", "Field ‘" + field.label() + "’ added from the library");
        } catch (DraftChangedMeanwhile changed) {
            flash.addFlashAttribute("conflict", changed.problems().getFirst().reason());
        }
        return "redirect:" + DraftEditing.draftPath(key) + "#fields";
    }

    @PostMapping(FIELDS + "/{fieldKey}/remove")
    String remove(
            @PathVariable String key,
            @PathVariable String fieldKey,
            @RequestParam MultiValueMap<String, String> sent,
            StaffPrincipal me,
            RedirectAttributes flash) {
        return drafts.remove(
                key,
                sent,
                definition -> Redraft.fields(
                        definition,
                        Redraft.put(
                                definition.fields(), definition.fields().indexOf(field(definition, fieldKey)), null)),
                "Field ‘" + fieldKey + "’ removed",
                "#fields",
                me,
                flash);
    }

    private ModelAndView save(
            String key, String fieldKey, FormValues sent, StaffPrincipal me, RedirectAttributes flash) {
        var draft = drafts.open(key);
        var isNew = fieldKey == null;
        var errors = new LinkedHashMap<String, String>();
        var field = FieldForm.read(isNew ? sent.text("key") : fieldKey, sent, errors);
        if (isNew) {
            if (field.key() == null) errors.put("key", "Enter a key for the field, such as date-of-birth");
            else if (draft.definition().field(field.key()).isPresent())
                errors.put("key", "There is already a field with the key ‘" + field.key() + "’");
        }
        var revision = DraftEditing.revision(sent);
        if (!errors.isEmpty()) {
            var page = page(draft, revision, field, isNew, errors);
            page.setStatus(HttpStatus.UNPROCESSABLE_CONTENT);
            return page;
        }
        try {
            drafts.save(
                    key,
                    revision,
                    current -> Redraft.fields(
                            current,
                            Redraft.put(
                                    current.fields(),
                                    isNew ? -1 : current.fields().indexOf(field(current, fieldKey)),
                                    field)),
                    me.username());
            flash.addFlashAttribute("success", "Field ‘" + field.label() + "’ saved");
            return new ModelAndView("redirect:" + DraftEditing.draftPath(key) + "#fields");
        } catch (DraftChangedMeanwhile changed) {
            errors.put("revision", changed.problems().getFirst().reason());
            var page = page(changed.current(), changed.current().revision(), field, isNew, errors);
            page.setStatus(HttpStatus.CONFLICT);
            return page;
        }
    }

    private ModelAndView page(
            DraftView draft, int revision, FieldDefinition field, boolean isNew, Map<String, String> errors) {
        var definition = draft.definition();
        var page = new ModelAndView("definition/field")
                .addObject("section", "processes")
                .addObject("definition", definition)
                .addObject("draftPath", DraftEditing.draftPath(definition.key()))
                .addObject("revision", revision)
                .addObject("isNew", isNew)
                .addObject(
                        "action",
                        DraftEditing.draftPath(definition.key()) + "/fields" + (isNew ? "" : "/" + field.key()))
                .addObject(
                        "removeAction", DraftEditing.draftPath(definition.key()) + "/fields/" + field.key() + "/remove")
                .addObject("heading", isNew ? "Add a field" : field.label() == null ? field.key() : field.label())
                .addObject("errors", errors)
                .addObject("summary", ProblemPlaces.linked(errors));
        return FieldForm.show(page, field);
    }

    private static FieldDefinition field(ProcessDefinition definition, String fieldKey) {
        return definition.field(fieldKey).orElseThrow(() -> new NotInDraft("field " + fieldKey));
    }
}
