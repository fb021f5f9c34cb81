package org.casework.work.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.casework.engine.CaseConflict;
import org.casework.engine.CaseView;
import org.casework.engine.Cases;
import org.casework.engine.UnknownAbandonReason;
import org.casework.identity.StaffPrincipal;
import org.casework.work.CaseAccess;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Abandoning a case: ending it early, for a reason from the administrators' list, with an optional note. Only staff
 * who may abandon cases, and only on cases they may see.
 */
@Controller
@PreAuthorize("hasAuthority('PERMISSION_ABANDON_CASES')")
class AbandonCasePage {

    /** Long enough to explain; the note is kept on the case's timeline. */
    static final int NOTE_LIMIT = 1000;

    private final Cases cases;
    private final CaseAccess access;

    AbandonCasePage(Cases cases, CaseAccess access) {
        this.cases = cases;
        this.access = access;
    }

    @GetMapping("/cases/{reference}/abandon")
    ModelAndView confirm(@PathVariable String reference, StaffPrincipal me, RedirectAttributes flash) {
        var view = access.require(cases.byReference(reference), me);
        if (!view.status().isActive()) return alreadyEnded(view, flash);
        return page(view, null, null, Map.of());
    }

    @PostMapping("/cases/{reference}/abandon")
    ModelAndView abandon(
            @PathVariable String reference,
            @RequestParam(required = false) String reason,
            @RequestParam(required = false) String note,
            StaffPrincipal me,
            RedirectAttributes flash) {
        var view = access.require(cases.byReference(reference), me);
        var errors = new LinkedHashMap<String, String>();
        if (reason == null || reason.isBlank()) errors.put("reason", "Select why the case is being abandoned");
        if (note != null && note.length() > NOTE_LIMIT) {
            errors.put("note", "The note must be %,d characters or fewer".formatted(NOTE_LIMIT));
        }
        if (errors.isEmpty()) {
            try {
                cases.abandon(view.id(), reason, note == null || note.isBlank() ? null : note.strip(), me.username());
                flash.addFlashAttribute("success", "Case " + view.reference() + " abandoned");
                return new ModelAndView("redirect:/cases/" + view.reference());
            } catch (UnknownAbandonReason notOnTheList) {
                errors.put("reason", "Select one of the reasons listed");
            } catch (CaseConflict ended) {
                return alreadyEnded(cases.byReference(reference), flash);
            }
        }
        var page = page(view, reason, note, errors);
        page.setStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        return page;
    }

    private ModelAndView page(CaseView view, String reason, String note, Map<String, String> errors) {
        return new ModelAndView("work/abandon")
                .addObject("section", "search")
                .addObject("kase", view)
                .addObject("reasons", cases.abandonReasons())
                .addObject("reason", reason)
                .addObject("note", note)
                .addObject("errors", errors);
    }

    private static ModelAndView alreadyEnded(CaseView view, RedirectAttributes flash) {
        flash.addFlashAttribute(
                "failure", "Case " + view.reference() + " is " + view.status().value() + " and cannot be abandoned");
        return new ModelAndView("redirect:/cases/" + view.reference());
    }
}
