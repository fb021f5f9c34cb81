package org.casework.work.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.casework.conversation.DocumentId;
import org.casework.definition.Step;
import org.casework.engine.Cases;
import org.casework.identity.StaffPrincipal;
import org.casework.platform.Refusal;
import org.casework.work.CaseAccess;
import org.casework.work.ChecklistLine;
import org.casework.work.TaskConflict;
import org.casework.work.TaskId;
import org.casework.work.TaskView;
import org.casework.work.WorkQueues;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The parts of the case page for the human step kinds beyond a task's form: approving or rejecting with a comment,
 * ticking a checklist with its evidence, and sending the work back with a reason. Each form posts here and comes
 * back to the case page (with htmx, a checklist's ticks are saved as the officer goes, each change posted on its own);
 * a refusal comes back with its problems in a GOV.UK error summary and what was typed kept.
 */
@Controller
@PreAuthorize("isAuthenticated()")
class HumanStepPage {

    private final Cases cases;
    private final CaseAccess access;
    private final WorkQueues work;

    HumanStepPage(Cases cases, CaseAccess access, WorkQueues work) {
        this.cases = cases;
        this.access = access;
        this.work = work;
    }

    /** What the case page shows for the officer's own task: its kind, a checklist's items, where it can go back. */
    static void addTo(ModelAndView page, Step step, TaskView task, WorkQueues work, Cases cases) {
        var kind = switch (step) {
            case Step.Approval approval -> "approval";
            case Step.Checklist checklist -> "checklist";
            default -> "task";
        };
        page.addObject("taskKind", kind);
        if (kind.equals("checklist")) page.addObject("checklist", work.checklist(task.id()));
        cases.sendBackTarget(task.caseId()).ifPresent(target -> page.addObject("sendBackTo", target));
    }

    @PostMapping("/cases/{reference}/tasks/{taskId}/decide")
    ModelAndView decide(
            @PathVariable String reference,
            @PathVariable UUID taskId,
            @RequestParam(required = false) String decision,
            @RequestParam(required = false) String comment,
            StaffPrincipal me,
            RedirectAttributes flash) {
        var view = access.require(cases.byReference(reference), me);
        var back = new ModelAndView("redirect:/cases/" + view.reference());
        var id = new TaskId(taskId);
        var approve = "approve".equals(decision);
        try {
            var task = approve ? work.approve(id, comment, me) : work.reject(id, comment, me);
            flash.addFlashAttribute(
                    "success", "You " + (approve ? "approved " : "rejected ") + task.stepName() + " on " + reference);
        } catch (Refusal refused) {
            refusedWith(flash, refused, "comment", comment);
        } catch (TaskConflict moved) {
            flash.addFlashAttribute("failure", "This task has moved on since you opened it: " + moved.getMessage());
        }
        return back;
    }

    @PostMapping("/cases/{reference}/tasks/{taskId}/checklist")
    ModelAndView checklist(
            @PathVariable String reference,
            @PathVariable UUID taskId,
            @RequestParam MultiValueMap<String, String> posted,
            StaffPrincipal me,
            RedirectAttributes flash,
            HttpServletRequest request,
            HttpServletResponse response) {
        var view = access.require(cases.byReference(reference), me);
        var back = new ModelAndView("redirect:/cases/" + view.reference() + "#checklist");
        if (Htmx.wantsPart(request, response) && !"complete".equals(posted.getFirst("action"))) {
            // A tick saved as the officer goes: the page already shows it, so there is nothing to send back.
            for (var line : work.checklist(new TaskId(taskId))) {
                save(new TaskId(taskId), line, posted.getOrDefault("ticked", List.of()), posted, me);
            }
            response.setStatus(HttpServletResponse.SC_NO_CONTENT);
            return null;
        }
        var id = new TaskId(taskId);
        var ticked = posted.getOrDefault("ticked", List.of());
        try {
            for (var line : work.checklist(id)) save(id, line, ticked, posted, me);
            if ("complete".equals(posted.getFirst("action"))) {
                var task = work.complete(id, Map.of(), me);
                flash.addFlashAttribute("success", "You completed " + task.stepName() + " on " + reference);
                return new ModelAndView("redirect:/cases/" + view.reference());
            }
            flash.addFlashAttribute("success", "Your ticks are saved");
        } catch (Refusal refused) {
            refusedWith(flash, refused, null, null);
        } catch (TaskConflict moved) {
            flash.addFlashAttribute("failure", "This task has moved on since you opened it: " + moved.getMessage());
        }
        return back;
    }

    @PostMapping("/cases/{reference}/tasks/{taskId}/send-back")
    ModelAndView sendBack(
            @PathVariable String reference,
            @PathVariable UUID taskId,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) String reason,
            StaffPrincipal me,
            RedirectAttributes flash) {
        var view = access.require(cases.byReference(reference), me);
        try {
            var task = work.sendBack(new TaskId(taskId), "person".equals(to), reason, me);
            var who = task.assignee() != null ? task.assignee() : "the " + task.team() + " queue";
            flash.addFlashAttribute(
                    "success", "You sent " + reference + " back to " + task.stepName() + " (" + who + ")");
        } catch (Refusal refused) {
            refusedWith(flash, refused, "reason", reason);
            return new ModelAndView("redirect:/cases/" + view.reference() + "#send-back");
        } catch (TaskConflict moved) {
            flash.addFlashAttribute("failure", "This task has moved on since you opened it: " + moved.getMessage());
        }
        return new ModelAndView("redirect:/cases/" + view.reference());
    }

    /** Ticks or unticks the item if the posted form says otherwise than what is saved. */
    private void save(
            TaskId id,
            ChecklistLine line,
            List<String> ticked,
            MultiValueMap<String, String> posted,
            StaffPrincipal me) {
        var wanted = ticked.contains(line.key());
        var chosen = posted.getFirst("evidence-" + line.key());
        var evidence = chosen == null || chosen.isBlank() ? null : new DocumentId(UUID.fromString(chosen));
        if (wanted == line.ticked() && (!wanted || java.util.Objects.equals(evidence, line.document()))) return;
        work.tick(id, line.key(), wanted, wanted ? evidence : null, me);
    }

    /**
     * The refusal's problems for the page's error summary, each linked to the part of the form at fault, with what
     * the officer typed in {@code typedField} kept.
     */
    private static void refusedWith(RedirectAttributes flash, Refusal refused, String typedField, String typed) {
        var errors = new LinkedHashMap<String, String>();
        for (var problem : refused.problems()) errors.putIfAbsent(anchor(problem.field()), problem.reason());
        if (errors.isEmpty()) errors.put("main-content", refused.getMessage());
        flash.addFlashAttribute("stepErrors", errors);
        if (typedField != null) flash.addFlashAttribute("typed", Map.of(typedField, typed == null ? "" : typed));
    }

    /** The id of the form control a problem's field is about. */
    private static String anchor(String field) {
        if (field.startsWith("items.")) return "item-" + field.substring("items.".length());
        return switch (field) {
            case "comment" -> "comment";
            case "reason" -> "reason";
            case "to" -> "to-step";
            case "document" -> "checklist";
            default -> "main-content";
        };
    }
}
