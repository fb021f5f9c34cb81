package org.casework.work.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.casework.definition.Definitions;
import org.casework.definition.ProcessDefinition;
import org.casework.engine.CaseConflict;
import org.casework.engine.CaseView;
import org.casework.engine.Cases;
import org.casework.engine.MoveRefused;
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
 * Moving a case of a flexible process to another stage, with the reason for the timeline. Any officer who may see the
 * case may move it; a restricted process offers no such page.
 */
@Controller
@PreAuthorize("isAuthenticated()")
class MoveCasePage {

    /** Long enough to explain; the reason is kept on the case's timeline. */
    static final int REASON_LIMIT = 1000;

    private final Cases cases;
    private final CaseAccess access;
    private final Definitions definitions;

    MoveCasePage(Cases cases, CaseAccess access, Definitions definitions) {
        this.cases = cases;
        this.access = access;
        this.definitions = definitions;
    }

    @GetMapping("/cases/{reference}/move")
    ModelAndView choose(@PathVariable String reference, StaffPrincipal me, RedirectAttributes flash) {
        var view = access.require(cases.byReference(reference), me);
        var process = process(view);
        if (!process.flexible() || !view.status().isActive()) return cannotMove(view, flash);
        return page(view, process, null, null, Map.of());
    }

    @PostMapping("/cases/{reference}/move")
    ModelAndView move(
            @PathVariable String reference,
            @RequestParam(required = false) String stage,
            @RequestParam(required = false) String reason,
            StaffPrincipal me,
            RedirectAttributes flash) {
        var view = access.require(cases.byReference(reference), me);
        var process = process(view);
        var errors = new LinkedHashMap<String, String>();
        if (stage == null || stage.isBlank()) errors.put("stage", "Select the stage to move the case to");
        if (reason == null || reason.isBlank()) errors.put("reason", "Enter why the case is moving");
        else if (reason.length() > REASON_LIMIT)
            errors.put("reason", "The reason must be %,d characters or fewer".formatted(REASON_LIMIT));
        if (errors.isEmpty()) {
            try {
                cases.moveToStage(view.id(), stage, reason, me.username());
                var name = process.stage(stage).map(s -> s.name()).orElse(stage);
                flash.addFlashAttribute("success", "Case " + view.reference() + " moved to " + name);
                return new ModelAndView("redirect:/cases/" + view.reference());
            } catch (MoveRefused refused) {
                refused.problems().forEach(p -> errors.put(p.field(), p.reason()));
            } catch (CaseConflict ended) {
                return cannotMove(cases.byReference(reference), flash);
            }
        }
        var page = page(view, process, stage, reason, errors);
        page.setStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        return page;
    }

    private ProcessDefinition process(CaseView view) {
        return definitions
                .version(view.process(), view.processVersion())
                .orElseThrow()
                .definition();
    }

    private static ModelAndView page(
            CaseView view, ProcessDefinition process, String stage, String reason, Map<String, String> errors) {
        var stages = new LinkedHashMap<String, String>();
        process.stages().stream()
                .filter(s -> process.entryOf(s.key()).isPresent())
                .forEach(s -> stages.put(s.key(), s.name() == null ? s.key() : s.name()));
        return new ModelAndView("work/move")
                .addObject("section", "search")
                .addObject("kase", view)
                .addObject("stages", stages)
                .addObject("stage", stage)
                .addObject("reason", reason)
                .addObject("errors", errors);
    }

    private static ModelAndView cannotMove(CaseView view, RedirectAttributes flash) {
        flash.addFlashAttribute(
                "failure",
                view.status().isActive()
                        ? "Case " + view.reference() + " follows its stages in order and cannot be moved"
                        : "Case " + view.reference() + " is " + view.status().value() + " and cannot be moved");
        return new ModelAndView("redirect:/cases/" + view.reference());
    }
}
