package org.casework.definition.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.casework.definition.Action;
import org.casework.definition.DraftChangedMeanwhile;
import org.casework.definition.DraftView;
import org.casework.definition.ProcessDefinition;
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
 * Adding, changing and removing a draft's actions: what happens on a case event (a notification, fields set, a
 * reassignment, a webhook, another case started). Actions have no keys, so each is addressed by its number in the
 * list; the draft's revision check keeps a number from meaning another action after someone else's change.
 */
@Controller
@PreAuthorize("hasAuthority('PERMISSION_ADMINISTER')")
class DraftActionsPage {

    private static final String ACTIONS = DraftEditing.BASE + "/{key}/draft/actions";

    private final DraftEditing drafts;

    DraftActionsPage(DraftEditing drafts) {
        this.drafts = drafts;
    }

    @GetMapping(ACTIONS + "/new")
    ModelAndView blank(@PathVariable String key, @RequestParam(defaultValue = "notify") String kind) {
        var draft = drafts.open(key);
        return page(draft, draft.revision(), kind, ActionForms.blank(kind), 0, new LinkedHashMap<>(), false);
    }

    @GetMapping(ACTIONS + "/{number}")
    ModelAndView edit(@PathVariable String key, @PathVariable int number) {
        var draft = drafts.open(key);
        var action = action(draft.definition(), number);
        return page(draft, draft.revision(), ActionForms.kind(action), action, number, new LinkedHashMap<>(), true);
    }

    @PostMapping(ACTIONS)
    ModelAndView add(
            @PathVariable String key,
            @RequestParam(defaultValue = "notify") String kind,
            @RequestParam MultiValueMap<String, String> sent,
            StaffPrincipal me,
            RedirectAttributes flash) {
        return save(key, 0, kind, new FormValues(sent), me, flash);
    }

    @PostMapping(ACTIONS + "/{number}")
    ModelAndView change(
            @PathVariable String key,
            @PathVariable int number,
            @RequestParam MultiValueMap<String, String> sent,
            StaffPrincipal me,
            RedirectAttributes flash) {
        var kind = ActionForms.kind(action(drafts.open(key).definition(), number));
        return save(key, number, kind, new FormValues(sent), me, flash);
    }

    @PostMapping(ACTIONS + "/{number}/remove")
    String remove(
            @PathVariable String key,
            @PathVariable int number,
            @RequestParam MultiValueMap<String, String> sent,
            StaffPrincipal me,
            RedirectAttributes flash) {
        return drafts.remove(
                key,
                sent,
                definition -> {
                    action(definition, number);
                    return Redraft.actions(definition, Redraft.put(definition.actions(), number - 1, null));
                },
                "Action " + number + " removed",
                "#actions",
                me,
                flash);
    }

    private ModelAndView save(
            String key, int number, String kind, FormValues sent, StaffPrincipal me, RedirectAttributes flash) {
        var draft = drafts.open(key);
        var revision = DraftEditing.revision(sent);
        var edit = Edit.parse(sent.text("edit"));
        var errors = new LinkedHashMap<String, String>();
        var action = ActionForms.bind(kind, sent, edit, draft.definition(), errors);
        if (edit.any()) return page(draft, revision, kind, action, number, errors, false);
        if (!errors.isEmpty()) {
            var page = page(draft, revision, kind, action, number, errors, false);
            page.setStatus(HttpStatus.UNPROCESSABLE_CONTENT);
            return page;
        }
        try {
            var saved = drafts.save(
                    key,
                    revision,
                    current -> Redraft.actions(current, Redraft.put(current.actions(), number - 1, action)),
                    me.username());
            var savedNumber = number == 0 ? saved.definition().actions().size() : number;
            var problems = problemsOf(saved.definition(), savedNumber, action);
            flash.addFlashAttribute(
                    "success",
                    "Action " + savedNumber + " saved"
                            + (problems.isEmpty() ? "" : ". Fix the problems shown before you publish the process"));
            return new ModelAndView("redirect:" + DraftEditing.draftPath(key)
                    + (problems.isEmpty() ? "#actions" : "/actions/" + savedNumber));
        } catch (DraftChangedMeanwhile changed) {
            errors.put("revision", changed.problems().getFirst().reason());
            var page = page(changed.current(), changed.current().revision(), kind, action, number, errors, false);
            page.setStatus(HttpStatus.CONFLICT);
            return page;
        }
    }

    private Map<String, String> problemsOf(ProcessDefinition definition, int number, Action action) {
        var when = new ConditionForm(definition).view(action.when(), "when");
        return ProblemPlaces.place(
                drafts.problems(definition), "$.actions[" + (number - 1) + "]", ActionForms.anchors(when), "on");
    }

    private ModelAndView page(
            DraftView draft,
            int revision,
            String kind,
            Action action,
            int number,
            Map<String, String> inputErrors,
            boolean withProblems) {
        var definition = draft.definition();
        var errors = new LinkedHashMap<String, String>();
        if (withProblems && number > 0) errors.putAll(problemsOf(definition, number, action));
        errors.putAll(inputErrors);
        var base = DraftEditing.draftPath(definition.key()) + "/actions";
        return new ModelAndView("definition/action")
                .addObject("section", "processes")
                .addObject("definition", definition)
                .addObject("draftPath", DraftEditing.draftPath(definition.key()))
                .addObject("revision", revision)
                .addObject("kind", kind)
                .addObject("kindTitle", ActionForms.title(kind))
                .addObject("number", number)
                .addObject("action", number == 0 ? base + "?kind=" + kind : base + "/" + number)
                .addObject("values", ActionForms.values(action))
                .addObject("when", new ConditionForm(definition).view(action.when(), "when"))
                .addObject("events", ActionForms.events())
                .addObject("targets", ActionForms.targets(definition))
                .addObject("recipients", ActionForms.RECIPIENTS)
                .addObject("fieldChoices", Choices.fields(definition))
                .addObject("errors", errors)
                .addObject("summary", ProblemPlaces.linked(errors));
    }

    private static Action action(ProcessDefinition definition, int number) {
        if (number < 1 || number > definition.actions().size()) throw new NotInDraft("action " + number);
        return definition.actions().get(number - 1);
    }
}
