package org.casework.casefile.web;

import java.util.Map;
import java.util.UUID;
import org.casework.casefile.CaseFileRefused;
import org.casework.casefile.DemandId;
import org.casework.casefile.Demands;
import org.casework.casefile.NewDemand;
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

/** Adding a demand to the case file, and resolving one. */
@Controller
@PreAuthorize("isAuthenticated()")
class DemandForms {

    private static final Map<String, String> FIELDS = CaseFileSheet.fields(
            "type", "demandType", "category", "demandCategory", "description", "demandDescription");

    private final Cases cases;
    private final Demands demands;
    private final CaseFileSheet sheet;

    DemandForms(Cases cases, Demands demands, CaseFileSheet sheet) {
        this.cases = cases;
        this.demands = demands;
        this.sheet = sheet;
    }

    @PostMapping("/cases/{reference}/file/demands")
    ModelAndView add(
            @PathVariable String reference,
            @RequestParam(defaultValue = "") String demandType,
            @RequestParam(defaultValue = "") String demandCategory,
            @RequestParam(defaultValue = "") String demandDescription,
            StaffPrincipal me,
            RedirectAttributes flash) {
        var caseId = cases.byReference(reference).id();
        try {
            var demand = demands.add(caseId, new NewDemand(demandType, demandCategory, demandDescription), me);
            flash.addFlashAttribute("success", "Demand recorded: " + demand.typeLabel());
        } catch (Refusal refused) {
            if (refused.kind() != Refusal.Kind.RULE_BROKEN) throw refused;
            var typed = Map.of(
                    "demandType", demandType, "demandCategory", demandCategory, "demandDescription", demandDescription);
            return sheet.refused(caseId, me, refused, FIELDS, typed, Map.of());
        }
        return back(reference, "demands");
    }

    @PostMapping("/cases/{reference}/file/demands/{id}/resolve")
    ModelAndView resolve(
            @PathVariable String reference, @PathVariable UUID id, StaffPrincipal me, RedirectAttributes flash) {
        try {
            var demand = demands.resolve(cases.byReference(reference).id(), new DemandId(id), me);
            flash.addFlashAttribute("success", "Demand resolved: " + demand.typeLabel());
        } catch (CaseFileRefused moved) {
            flash.addFlashAttribute("failure", moved.getMessage());
        }
        return back(reference, "demands");
    }

    static ModelAndView back(String reference, String section) {
        return new ModelAndView("redirect:/cases/" + reference + "/file#" + section);
    }
}
