package org.casework.definition.web;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.casework.definition.DraftChangedMeanwhile;
import org.casework.definition.DraftView;
import org.casework.definition.ProcessDefinition;
import org.casework.definition.Step;
import org.casework.identity.StaffPrincipal;
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
 * Adding, changing and removing a draft's steps. The page draws what every step has (key, name, stage) and the
 * kind's own {@link StepForm} fragment; buttons inside the form that add or remove a route, a rule or part of a
 * condition send the form back to be drawn again without saving, so it all works without JavaScript.
 */
@Controller
@PreAuthorize("hasAuthority('PERMISSION_ADMINISTER')")
class DraftStepsPage {

    private static final String STEPS = DraftEditing.BASE + "/{key}/draft/steps";

    private final DraftEditing drafts;
    private final StepForms forms;

    DraftStepsPage(DraftEditing drafts, StepForms forms) {
        this.drafts = drafts;
        this.forms = forms;
    }

    @GetMapping(STEPS + "/new")
    ModelAndView blank(@PathVariable String key, @RequestParam(required = false) String kind) {
        var draft = drafts.open(key);
        var form = kind == null ? null : forms.of(kind).orElse(null);
        if (form == null) {
            return new ModelAndView("definition/step-kind")
                    .addObject("section", "processes")
                    .addObject("definition", draft.definition())
                    .addObject("draftPath", DraftEditing.draftPath(key))
                    .addObject("kinds", forms.all())
                    .addObject("errors", kind == null ? Map.of() : Map.of("kind", "Choose what kind of step to add"));
        }
        var step = form.blank(new StepForm.StepBasics(null, null, null));
        return page(draft, draft.revision(), form, step, true, new LinkedHashMap<>(), false);
    }

    @GetMapping(STEPS + "/{stepKey}")
    ModelAndView edit(@PathVariable String key, @PathVariable String stepKey) {
        var draft = drafts.open(key);
        var step = step(draft.definition(), stepKey);
        var form = forms.of(step).orElseThrow(() -> new NotInDraft("editor for step " + stepKey));
        return page(draft, draft.revision(), form, step, false, new LinkedHashMap<>(), true);
    }

    @PostMapping(STEPS)
    ModelAndView add(
            @PathVariable String key,
            @RequestParam String kind,
            @RequestParam MultiValueMap<String, String> sent,
            StaffPrincipal me,
            RedirectAttributes flash) {
        var form = forms.of(kind).orElseThrow(() -> new NotInDraft("kind of step " + kind));
        return save(key, null, form, new FormValues(sent), me, flash);
    }

    @PostMapping(STEPS + "/{stepKey}")
    ModelAndView change(
            @PathVariable String key,
            @PathVariable String stepKey,
            @RequestParam MultiValueMap<String, String> sent,
            StaffPrincipal me,
            RedirectAttributes flash) {
        var draft = drafts.open(key);
        var form = forms.of(step(draft.definition(), stepKey))
                .orElseThrow(() -> new NotInDraft("editor for step " + stepKey));
        return save(key, stepKey, form, new FormValues(sent), me, flash);
    }

    @PostMapping(STEPS + "/{stepKey}/remove")
    String remove(
            @PathVariable String key,
            @PathVariable String stepKey,
            @RequestParam MultiValueMap<String, String> sent,
            StaffPrincipal me,
            RedirectAttributes flash) {
        return drafts.remove(
                key,
                sent,
                definition ->
                        Redraft.steps(definition, Redraft.put(definition.steps(), index(definition, stepKey), null)),
                "Step ‘" + stepKey + "’ removed",
                "#steps",
                me,
                flash);
    }

    private ModelAndView save(
            String key, String stepKey, StepForm form, FormValues sent, StaffPrincipal me, RedirectAttributes flash) {
        var draft = drafts.open(key);
        var definition = draft.definition();
        var revision = DraftEditing.revision(sent);
        var edit = Edit.parse(sent.text("edit"));
        var isNew = stepKey == null;
        var basics = new StepForm.StepBasics(isNew ? sent.text("key") : stepKey, sent.text("name"), sent.text("stage"));
        var errors = new LinkedHashMap<String, String>();
        var step = form.bind(basics, sent, edit, definition, errors);
        if (edit.any()) return page(draft, revision, form, step, isNew, errors, false);
        if (isNew) {
            if (basics.key() == null) errors.putFirst("key", "Enter a key for the step, such as assess-request");
            else if (definition.step(basics.key()).isPresent())
                errors.putFirst("key", "There is already a step with the key ‘" + basics.key() + "’");
        }
        if (!errors.isEmpty()) return refused(draft, revision, form, step, isNew, errors);
        try {
            var saved = drafts.save(
                    key,
                    revision,
                    current -> Redraft.steps(
                            current, Redraft.put(current.steps(), isNew ? -1 : index(current, stepKey), step)),
                    me.username());
            var problems = problemsOf(saved.definition(), step.key(), form, step);
            if (problems.isEmpty()) {
                flash.addFlashAttribute("success", "Step ‘" + Choices.name(step) + "’ saved");
                return new ModelAndView("redirect:" + DraftEditing.draftPath(key) + "#steps");
            }
            flash.addFlashAttribute(
                    "success",
                    "Step ‘" + Choices.name(step) + "’ saved. Fix the problems shown before you publish the process");
            return new ModelAndView("redirect:" + DraftEditing.draftPath(key) + "/steps/" + step.key());
        } catch (DraftChangedMeanwhile changed) {
            errors.put("revision", changed.problems().getFirst().reason());
            var page = page(changed.current(), changed.current().revision(), form, step, isNew, errors, false);
            page.setStatus(HttpStatus.CONFLICT);
            return page;
        }
    }

    private ModelAndView refused(
            DraftView draft, int revision, StepForm form, Step step, boolean isNew, Map<String, String> errors) {
        var page = page(draft, revision, form, step, isNew, errors, false);
        page.setStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        return page;
    }

    private Map<String, String> problemsOf(ProcessDefinition definition, String stepKey, StepForm form, Step step) {
        var index = definition.steps().indexOf(definition.step(stepKey).orElse(step));
        if (index < 0) return Map.of();
        var anchors = new java.util.ArrayList<>(java.util.List.of("key", "name", "stage"));
        anchors.addAll(form.anchors(step, definition));
        return ProblemPlaces.place(drafts.problems(definition), "$.steps[" + index + "]", anchors, "name");
    }

    private ModelAndView page(
            DraftView draft,
            int revision,
            StepForm form,
            Step step,
            boolean isNew,
            Map<String, String> inputErrors,
            boolean withProblems) {
        var definition = draft.definition();
        var errors = new LinkedHashMap<String, String>();
        if (withProblems && !isNew) errors.putAll(problemsOf(definition, step.key(), form, step));
        errors.putAll(inputErrors);
        var model = new HashMap<String, Object>();
        form.show(step, definition, model);
        var action = isNew
                ? DraftEditing.draftPath(definition.key()) + "/steps?kind=" + form.kind()
                : DraftEditing.draftPath(definition.key()) + "/steps/" + step.key();
        return new ModelAndView("definition/step", model)
                .addObject("section", "processes")
                .addObject("definition", definition)
                .addObject("draftPath", DraftEditing.draftPath(definition.key()))
                .addObject("revision", revision)
                .addObject("form", form)
                .addObject("fragment", "definition/steps/" + form.kind())
                .addObject("step", step)
                .addObject("isNew", isNew)
                .addObject("action", action)
                .addObject("stepChoices", Choices.steps(definition, step.key()))
                .addObject("stageChoices", Choices.stages(definition))
                .addObject("fieldChoices", Choices.fields(definition))
                .addObject("errors", errors)
                .addObject("summary", ProblemPlaces.linked(errors));
    }

    private static Step step(ProcessDefinition definition, String stepKey) {
        return definition.step(stepKey).orElseThrow(() -> new NotInDraft("step " + stepKey));
    }

    private static int index(ProcessDefinition definition, String stepKey) {
        return definition.steps().indexOf(step(definition, stepKey));
    }
}
