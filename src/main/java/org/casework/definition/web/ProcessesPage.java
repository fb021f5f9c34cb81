package org.casework.definition.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.casework.definition.Definitions;
import org.casework.definition.ProcessAlreadyExists;
import org.casework.definition.ProcessDefinition;
import org.casework.identity.StaffPrincipal;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The list of processes, drafts and published, and starting one: a new process or a draft of a published one. */
@Controller
@PreAuthorize("hasAuthority('PERMISSION_ADMINISTER')")
class ProcessesPage {

    private static final java.util.regex.Pattern KEY = java.util.regex.Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

    private final Definitions definitions;

    ProcessesPage(Definitions definitions) {
        this.definitions = definitions;
    }

    @GetMapping(DraftEditing.BASE)
    ModelAndView list() {
        return new ModelAndView("definition/processes")
                .addObject("section", "processes")
                .addObject("processes", definitions.list());
    }

    @GetMapping(DraftEditing.BASE + "/new")
    ModelAndView blank() {
        return form(null, null, null, Map.of());
    }

    @PostMapping(DraftEditing.BASE)
    ModelAndView create(
            @RequestParam(defaultValue = "") String key,
            @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "") String description,
            StaffPrincipal me,
            RedirectAttributes flash) {
        var errors = new LinkedHashMap<String, String>();
        key = key.strip();
        if (key.isEmpty()) errors.put("key", "Enter a key for the process, such as report-a-problem");
        else if (!KEY.matcher(key).matches())
            errors.put("key", "The key must be lowercase letters, digits and hyphens, such as report-a-problem");
        if (name.isBlank()) errors.put("name", "Enter the process's name, as residents and staff will see it");
        if (errors.isEmpty()) {
            try {
                definitions.createDraft(
                        new ProcessDefinition(
                                key,
                                name.strip(),
                                description.isBlank() ? null : description.strip(),
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null),
                        me.username());
                flash.addFlashAttribute("success", "Process ‘" + name.strip() + "’ started as a draft");
                return new ModelAndView("redirect:" + DraftEditing.draftPath(key));
            } catch (ProcessAlreadyExists taken) {
                errors.put("key", taken.reasonFor("key"));
            }
        }
        var page = form(key, name, description, errors);
        page.setStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        return page;
    }

    /** A draft of a published process that has none, to change it: a copy of its latest version. */
    @PostMapping(DraftEditing.BASE + "/{key}/draft")
    String draftOfLatest(@PathVariable String key, StaffPrincipal me, RedirectAttributes flash) {
        if (definitions.draft(key).isEmpty()) {
            var latest = definitions.latest(key);
            definitions.saveDraft(latest.definition(), me.username());
            flash.addFlashAttribute("success", "A draft of version " + latest.version() + " is ready to change");
        }
        return "redirect:" + DraftEditing.draftPath(key);
    }

    private static ModelAndView form(String key, String name, String description, Map<String, String> errors) {
        return new ModelAndView("definition/new-process")
                .addObject("section", "processes")
                .addObject("key", key)
                .addObject("name", name)
                .addObject("description", description)
                .addObject("errors", errors);
    }
}
