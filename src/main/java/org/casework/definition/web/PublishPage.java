package org.casework.definition.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.casework.definition.DefinitionInvalid;
import org.casework.definition.Definitions;
import org.casework.definition.DraftChangedMeanwhile;
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

/** Publishing a draft with a change note: new cases use it from then on, running cases keep their version. */
@Controller
@PreAuthorize("hasAuthority('PERMISSION_ADMINISTER')")
class PublishPage {

    private final DraftEditing drafts;
    private final Definitions definitions;

    PublishPage(DraftEditing drafts, Definitions definitions) {
        this.drafts = drafts;
        this.definitions = definitions;
    }

    @GetMapping(DraftEditing.BASE + "/{key}/draft/publish")
    ModelAndView confirm(@PathVariable String key) {
        return page(key, null, Map.of());
    }

    @PostMapping(DraftEditing.BASE + "/{key}/draft/publish")
    ModelAndView publish(
            @PathVariable String key,
            @RequestParam(defaultValue = "") String changeNote,
            @RequestParam(defaultValue = "-1") int revision,
            StaffPrincipal me,
            RedirectAttributes flash) {
        var errors = new LinkedHashMap<String, String>();
        if (changeNote.isBlank()) errors.put("changeNote", "Say what changed, for the people who read the versions");
        if (errors.isEmpty()) {
            try {
                var version = definitions.publish(key, changeNote.strip(), me.username(), revision);
                flash.addFlashAttribute(
                        "success",
                        "‘" + version.definition().name() + "’ version " + version.version()
                                + " published: new cases use it from now on");
                return new ModelAndView("redirect:" + DraftEditing.BASE);
            } catch (DefinitionInvalid invalid) {
                errors.put("changeNote", "The draft has problems to fix first: see the draft");
            } catch (DraftChangedMeanwhile changed) {
                errors.put(
                        "changeNote",
                        changed.problems().getFirst().reason().replace("save again", "publish again")
                                + " (check the draft first)");
            }
        }
        var page = page(key, changeNote, errors);
        page.setStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        return page;
    }

    private ModelAndView page(String key, String changeNote, Map<String, String> errors) {
        var draft = drafts.open(key);
        return new ModelAndView("definition/publish")
                .addObject("section", "processes")
                .addObject("definition", draft.definition())
                .addObject("revision", draft.revision())
                .addObject("draftPath", DraftEditing.draftPath(key))
                .addObject("problems", drafts.problems(draft.definition()))
                .addObject("versions", definitions.versionNumbers(key))
                .addObject("changeNote", changeNote)
                .addObject("errors", errors);
    }
}
