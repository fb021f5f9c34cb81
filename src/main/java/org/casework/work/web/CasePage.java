package org.casework.work.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.casework.conversation.Notes;
import org.casework.definition.Definitions;
import org.casework.definition.FieldDefinition;
import org.casework.definition.FieldType;
import org.casework.definition.ProcessDefinition;
import org.casework.definition.Step;
import org.casework.engine.CaseView;
import org.casework.engine.Cases;
import org.casework.engine.InvalidCaseData;
import org.casework.identity.Permission;
import org.casework.identity.Staff;
import org.casework.identity.StaffPrincipal;
import org.casework.work.CaseAccess;
import org.casework.work.TaskConflict;
import org.casework.work.TaskId;
import org.casework.work.TaskState;
import org.casework.work.WorkQueues;
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

/**
 * The case view: where the case is, who asked, its data, its open work and its timeline; and, when the officer holds
 * the task the case waits on, the form that completes it.
 */
@Controller
@PreAuthorize("isAuthenticated()")
class CasePage {

    private final Cases cases;
    private final Definitions definitions;
    private final WorkQueues work;
    private final CaseAccess access;
    private final TaskLines lines;
    private final Notes notes;
    private final Staff staff;
    private final CaseConversation conversation;

    CasePage(
            Cases cases,
            Definitions definitions,
            WorkQueues work,
            CaseAccess access,
            TaskLines lines,
            Notes notes,
            Staff staff,
            CaseConversation conversation) {
        this.cases = cases;
        this.definitions = definitions;
        this.work = work;
        this.access = access;
        this.lines = lines;
        this.notes = notes;
        this.staff = staff;
        this.conversation = conversation;
    }

    @GetMapping("/cases/{reference}")
    ModelAndView show(@PathVariable String reference, StaffPrincipal me) {
        var view = access.require(cases.byReference(reference), me);
        return page(view, me, null);
    }

    @PostMapping("/cases/{reference}/tasks/{taskId}/complete")
    ModelAndView complete(
            @PathVariable String reference,
            @PathVariable UUID taskId,
            @RequestParam MultiValueMap<String, String> posted,
            StaffPrincipal me,
            RedirectAttributes flash) {
        var view = access.require(cases.byReference(reference), me);
        var task = work.task(new TaskId(taskId));
        var fields = stepFields(process(view), task.step());
        try {
            work.complete(task.id(), CaseForm.data(fields.fields(), posted), me);
        } catch (InvalidCaseData invalid) {
            var form = CaseForm.filled(
                    fields.fields(), fields.mandatory(), posted, CaseForm.errors(fields.fields(), invalid.problems()));
            var page = page(view, me, form).addObject("task", task);
            page.setStatus(HttpStatus.UNPROCESSABLE_CONTENT);
            return page;
        } catch (TaskConflict moved) {
            flash.addFlashAttribute("failure", "This task has moved on since you opened it: " + moved.getMessage());
            return new ModelAndView("redirect:/cases/" + reference);
        }
        flash.addFlashAttribute("success", "You completed " + task.stepName() + " on " + reference);
        return new ModelAndView("redirect:/cases/" + reference);
    }

    private ModelAndView page(CaseView view, StaffPrincipal me, CaseForm refused) {
        var process = process(view);
        var tasks = work.tasksOf(view.id());
        var open = tasks.stream()
                .filter(task -> task.state() == TaskState.OPEN || task.state() == TaskState.CLAIMED)
                .toList();
        var mine = open.stream()
                .filter(task -> me.username().equals(task.assignee()))
                .findFirst()
                .orElse(null);
        var timeline = cases.timeline(view.id()).reversed();
        var caseNotes = notes.of(view.id());
        var people = new java.util.HashSet<String>();
        timeline.forEach(entry -> people.add(entry.actor()));
        caseNotes.forEach(note -> people.add(note.author()));
        open.forEach(task -> people.add(task.assignee()));
        people.add(view.createdBy());
        var page = new ModelAndView("work/case")
                .addObject("section", "search")
                .addObject("kase", view)
                .addObject("fields", dataFields(process, view.data()))
                .addObject("openTasks", lines.of(open))
                .addObject("timeline", timeline)
                .addObject("names", staff.displayNames(people))
                .addObject("stepNames", stepNames(process))
                .addObject("notes", caseNotes)
                .addObject("sla", lines.sla(view.dueOn()))
                .addObject(
                        "mayAbandon",
                        me.can(Permission.ABANDON_CASES)
                                && view.status().value().equals("open"))
                .addObject("me", me.username())
                .addObject("mayMove", process.flexible() && view.status().isActive())
                .addObject("stageNames", stageNames(process));
        addRelatedCases(page, view, me);
        conversation.addTo(page, view);
        if (mine != null) {
            var step = stepFields(process, mine.step());
            page.addObject("task", mine);
            page.addObject("form", refused != null ? refused : CaseForm.blank(step.fields(), step.mandatory()));
            HumanStepPage.addTo(page, process.step(mine.step()).orElseThrow(), mine, work, cases);
        }
        return page;
    }

    /**
     * The case that started this one and those it started, as far as the officer may see them: a case they may not
     * open is left out, as it would be from a search.
     */
    private void addRelatedCases(ModelAndView page, CaseView view, StaffPrincipal me) {
        var parent = cases.parentOf(view.id())
                .map(link -> cases.get(link.parent()))
                .filter(seen -> access.maySee(seen, me))
                .orElse(null);
        var children = cases.children(view.id());
        var visible = cases.getAll(children.stream().map(c -> c.child()).toList());
        page.addObject("parentCase", parent)
                .addObject(
                        "childCases",
                        children.stream()
                                .filter(c ->
                                        visible.containsKey(c.child()) && access.maySee(visible.get(c.child()), me))
                                .toList());
    }

    private static Map<String, String> stageNames(ProcessDefinition process) {
        var names = new LinkedHashMap<String, String>();
        for (var stage : process.stages()) names.put(stage.key(), stage.name() == null ? stage.key() : stage.name());
        return names;
    }

    private ProcessDefinition process(CaseView view) {
        return definitions
                .version(view.process(), view.processVersion())
                .orElseThrow()
                .definition();
    }

    record StepFields(List<FieldDefinition> fields, List<String> mandatory) {}

    /** The fields a task's step asks for, in the step's order, and which of them must be filled. */
    private static StepFields stepFields(ProcessDefinition process, String stepKey) {
        // The failure team's task at an API step whose call kept failing: the officer enters the answer by hand.
        if (process.step(stepKey).orElse(null) instanceof Step.Api api) {
            var fields = new ArrayList<FieldDefinition>();
            for (var key : api.response().keySet()) process.field(key).ifPresent(fields::add);
            return new StepFields(fields, List.of());
        }
        if (!(process.step(stepKey).orElse(null) instanceof Step.Task task))
            return new StepFields(List.of(), List.of());
        var fields = new ArrayList<FieldDefinition>();
        for (var key : task.fields()) process.field(key).ifPresent(fields::add);
        return new StepFields(fields, task.mandatory());
    }

    private static Map<String, String> stepNames(ProcessDefinition process) {
        var names = new LinkedHashMap<String, String>();
        for (var step : process.steps()) names.put(step.key(), step.name() == null ? step.key() : step.name());
        return names;
    }

    /** The case's data with the definition's labels, in the definition's order; unknown keys last, as they are. */
    private static Map<String, Object> dataFields(ProcessDefinition process, Map<String, Object> data) {
        var shown = new LinkedHashMap<String, Object>();
        for (var field : process.fields()) {
            if (data.containsKey(field.key())) {
                shown.put(field.label() == null ? field.key() : field.label(), display(field, data.get(field.key())));
            }
        }
        data.forEach((key, value) -> {
            if (process.field(key).isEmpty()) shown.put(key, display(value));
        });
        return shown;
    }

    private static Object display(FieldDefinition field, Object value) {
        if (field.type() == FieldType.CHOICES) return String.join(", ", field.chosenLabels(value));
        if (field.type() == FieldType.ADDRESS) return org.casework.definition.Address.shown(value);
        return display(value);
    }

    private static Object display(Object value) {
        if (value instanceof Boolean yes) return yes ? "Yes" : "No";
        return value;
    }
}
