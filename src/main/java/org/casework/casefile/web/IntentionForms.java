package org.casework.casefile.web;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.casework.casefile.CaseFileRefused;
import org.casework.casefile.IntentionId;
import org.casework.casefile.Intentions;
import org.casework.casefile.NewIntention;
import org.casework.engine.Cases;
import org.casework.identity.StaffPrincipal;
import org.casework.platform.Refusal;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Promising a follow-up on the case, and marking one done or cancelling it. */
@Controller
@PreAuthorize("isAuthenticated()")
class IntentionForms {

    private static final Map<String, String> FIELDS = CaseFileSheet.fields(
            "type", "intentionType",
            "description", "intentionDescription",
            "dueOn", "intentionDueOn",
            "owner", "intentionOwner");

    private final Cases cases;
    private final Intentions intentions;
    private final CaseFileSheet sheet;

    IntentionForms(Cases cases, Intentions intentions, CaseFileSheet sheet) {
        this.cases = cases;
        this.intentions = intentions;
        this.sheet = sheet;
    }

    @PostMapping("/cases/{reference}/file/intentions")
    ModelAndView add(
            @PathVariable String reference,
            @RequestParam Map<String, String> posted,
            StaffPrincipal me,
            RedirectAttributes flash) {
        var caseId = cases.byReference(reference).id();
        var day = posted.get("intentionDueOn-day");
        var month = posted.get("intentionDueOn-month");
        var year = posted.get("intentionDueOn-year");
        var ownProblems = new HashMap<String, String>();
        var dateProblem = FormDates.problem(day, month, year);
        if (dateProblem != null) ownProblems.put("intentionDueOn", dateProblem);
        try {
            var intention = intentions.add(
                    caseId,
                    new NewIntention(
                            posted.get("intentionType"),
                            posted.get("intentionDescription"),
                            FormDates.date(day, month, year),
                            posted.get("intentionOwner")),
                    me);
            flash.addFlashAttribute("success", "Follow-up recorded: " + intention.typeLabel());
        } catch (Refusal refused) {
            if (refused.kind() != Refusal.Kind.RULE_BROKEN) throw refused;
            return sheet.refused(caseId, me, refused, FIELDS, posted, ownProblems);
        }
        return DemandForms.back(reference, "intentions");
    }

    @PostMapping("/cases/{reference}/file/intentions/{id}/done")
    ModelAndView done(
            @PathVariable String reference, @PathVariable UUID id, StaffPrincipal me, RedirectAttributes flash) {
        try {
            var intention = intentions.done(cases.byReference(reference).id(), new IntentionId(id), me);
            flash.addFlashAttribute("success", "Follow-up done: " + intention.typeLabel());
        } catch (CaseFileRefused moved) {
            flash.addFlashAttribute("failure", moved.getMessage());
        }
        return DemandForms.back(reference, "intentions");
    }

    @PostMapping("/cases/{reference}/file/intentions/{id}/cancel")
    ModelAndView cancel(
            @PathVariable String reference, @PathVariable UUID id, StaffPrincipal me, RedirectAttributes flash) {
        try {
            var intention = intentions.cancel(cases.byReference(reference).id(), new IntentionId(id), me);
            flash.addFlashAttribute("success", "Follow-up cancelled: " + intention.typeLabel());
        } catch (CaseFileRefused moved) {
            flash.addFlashAttribute("failure", moved.getMessage());
        }
        return DemandForms.back(reference, "intentions");
    }
}
