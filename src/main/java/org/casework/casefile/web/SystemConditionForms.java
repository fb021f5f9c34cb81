package org.casework.casefile.web;

import java.util.Map;
import org.casework.casefile.NewSystemCondition;
import org.casework.casefile.SystemConditions;
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

/** Recording what got in the way on the case. */
@Controller
@PreAuthorize("isAuthenticated()")
class SystemConditionForms {

    private static final Map<String, String> FIELDS =
            CaseFileSheet.fields("condition", "conditionType", "note", "conditionNote");

    private final Cases cases;
    private final SystemConditions conditions;
    private final CaseFileSheet sheet;

    SystemConditionForms(Cases cases, SystemConditions conditions, CaseFileSheet sheet) {
        this.cases = cases;
        this.conditions = conditions;
        this.sheet = sheet;
    }

    @PostMapping("/cases/{reference}/file/system-conditions")
    ModelAndView add(
            @PathVariable String reference,
            @RequestParam(defaultValue = "") String conditionType,
            @RequestParam(defaultValue = "") String conditionNote,
            StaffPrincipal me,
            RedirectAttributes flash) {
        var caseId = cases.byReference(reference).id();
        try {
            var condition = conditions.add(caseId, new NewSystemCondition(conditionType, conditionNote), me);
            flash.addFlashAttribute("success", "System condition recorded: " + condition.conditionLabel());
        } catch (Refusal refused) {
            if (refused.kind() != Refusal.Kind.RULE_BROKEN) throw refused;
            return sheet.refused(
                    caseId,
                    me,
                    refused,
                    FIELDS,
                    Map.of("conditionType", conditionType, "conditionNote", conditionNote),
                    Map.of());
        }
        return DemandForms.back(reference, "system-conditions");
    }
}
