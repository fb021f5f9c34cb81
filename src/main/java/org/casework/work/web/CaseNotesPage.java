package org.casework.work.web;

import org.casework.conversation.Note;
import org.casework.conversation.NoteRefused;
import org.casework.conversation.Notes;
import org.casework.engine.Cases;
import org.casework.identity.Staff;
import org.casework.identity.StaffPrincipal;
import org.casework.work.CaseAccess;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Adds a note to a case. With htmx the notes section is swapped in place (no page load, the officer keeps their
 * place); without JavaScript the form posts and the case page is shown again.
 */
@Controller
@PreAuthorize("isAuthenticated()")
class CaseNotesPage {

    private final Cases cases;
    private final CaseAccess access;
    private final Notes notes;
    private final Staff staff;

    CaseNotesPage(Cases cases, CaseAccess access, Notes notes, Staff staff) {
        this.cases = cases;
        this.access = access;
        this.notes = notes;
        this.staff = staff;
    }

    @PostMapping("/cases/{reference}/notes")
    ModelAndView add(
            @PathVariable String reference,
            @RequestParam(defaultValue = "") String text,
            @RequestParam(defaultValue = "false") boolean visibleToCitizen,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            StaffPrincipal me,
            RedirectAttributes flash) {
        var view = access.require(cases.byReference(reference), me);
        String error = null;
        try {
            notes.add(view.id(), text, visibleToCitizen, me.username());
        } catch (NoteRefused refused) {
            error = refused.getMessage();
        }
        if (htmx != null) {
            var caseNotes = notes.of(view.id());
            var section = new ModelAndView("work/notes :: notes")
                    .addObject("kase", view)
                    .addObject("notes", caseNotes)
                    .addObject(
                            "names",
                            staff.displayNames(
                                    caseNotes.stream().map(Note::author).toList()))
                    .addObject("noteError", error)
                    .addObject("noteText", error == null ? "" : text)
                    .addObject("noteAdded", error == null);
            if (error != null) section.setStatus(HttpStatus.OK);
            return section;
        }
        if (error != null) {
            flash.addFlashAttribute("noteError", error);
            flash.addFlashAttribute("noteText", text);
        } else {
            flash.addFlashAttribute("success", "Note added");
        }
        return new ModelAndView("redirect:/cases/" + reference + "#notes");
    }
}
