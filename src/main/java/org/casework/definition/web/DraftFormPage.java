package org.casework.definition.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.casework.definition.DraftChangedMeanwhile;
import org.casework.definition.DraftView;
import org.casework.definition.FormPage;
import org.casework.definition.OnlineForm;
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
 * A draft's online form: whether the portal offers it, the words of its start and confirmation pages, and its pages,
 * each with the questions it asks and, optionally, the condition on the answers so far under which it is shown (built
 * with the {@link ConditionForm}). Pages are addressed by number, as actions are; the revision check keeps that
 * honest.
 */
@Controller
@PreAuthorize("hasAuthority('PERMISSION_ADMINISTER')")
class DraftFormPage {

    private static final String FORM = DraftEditing.BASE + "/{key}/draft/form";
    private static final List<String> PAGE_ANCHORS = List.of("key", "title", "questions", "showIf");

    /** One page as the form's overview lists it. */
    record PageLine(int number, String anchor, String key, String title, List<String> questions, boolean conditional) {}

    private final DraftEditing drafts;

    DraftFormPage(DraftEditing drafts) {
        this.drafts = drafts;
    }

    @GetMapping(FORM)
    ModelAndView overview(@PathVariable String key) {
        var draft = drafts.open(key);
        return overview(draft, draft.revision(), form(draft.definition()), new LinkedHashMap<>());
    }

    @PostMapping(FORM)
    ModelAndView saveSettings(
            @PathVariable String key,
            @RequestParam MultiValueMap<String, String> sent,
            StaffPrincipal me,
            RedirectAttributes flash) {
        var form = new FormValues(sent);
        var revision = DraftEditing.revision(form);
        try {
            drafts.save(
                    key,
                    revision,
                    current -> {
                        var was = form(current);
                        return Redraft.form(
                                current,
                                new OnlineForm(
                                        form.checked("public"),
                                        form.text("introduction"),
                                        was.pages(),
                                        form.text("whatHappensNext")));
                    },
                    me.username());
            flash.addFlashAttribute("success", "Online form saved");
            return new ModelAndView("redirect:" + DraftEditing.draftPath(key) + "/form");
        } catch (DraftChangedMeanwhile changed) {
            var typed = new OnlineForm(
                    form.checked("public"),
                    form.text("introduction"),
                    form(changed.current().definition()).pages(),
                    form.text("whatHappensNext"));
            var errors = new LinkedHashMap<String, String>();
            errors.put("revision", changed.problems().getFirst().reason());
            var page = overview(changed.current(), changed.current().revision(), typed, errors);
            page.setStatus(HttpStatus.CONFLICT);
            return page;
        }
    }

    @GetMapping(FORM + "/pages/new")
    ModelAndView blank(@PathVariable String key) {
        var draft = drafts.open(key);
        return page(draft, draft.revision(), new FormPage(null, null, null, null), 0, new LinkedHashMap<>());
    }

    @GetMapping(FORM + "/pages/{number}")
    ModelAndView edit(@PathVariable String key, @PathVariable int number) {
        var draft = drafts.open(key);
        var page = formPage(draft.definition(), number);
        return page(draft, draft.revision(), page, number, problemsOf(draft.definition(), number, page));
    }

    @PostMapping(FORM + "/pages")
    ModelAndView add(
            @PathVariable String key,
            @RequestParam MultiValueMap<String, String> sent,
            StaffPrincipal me,
            RedirectAttributes flash) {
        return save(key, 0, new FormValues(sent), me, flash);
    }

    @PostMapping(FORM + "/pages/{number}")
    ModelAndView change(
            @PathVariable String key,
            @PathVariable int number,
            @RequestParam MultiValueMap<String, String> sent,
            StaffPrincipal me,
            RedirectAttributes flash) {
        formPage(drafts.open(key).definition(), number);
        return save(key, number, new FormValues(sent), me, flash);
    }

    @PostMapping(FORM + "/pages/{number}/remove")
    String remove(
            @PathVariable String key,
            @PathVariable int number,
            @RequestParam MultiValueMap<String, String> sent,
            StaffPrincipal me,
            RedirectAttributes flash) {
        return drafts.remove(
                key,
                sent,
                current -> withPages(current, Redraft.put(form(current).pages(), index(current, number), null)),
                "Page " + number + " removed",
                "/form",
                me,
                flash);
    }

    private ModelAndView save(String key, int number, FormValues sent, StaffPrincipal me, RedirectAttributes flash) {
        var draft = drafts.open(key);
        var revision = DraftEditing.revision(sent);
        var edit = Edit.parse(sent.text("edit"));
        var showIf = new ConditionForm(draft.definition()).read(sent, "showIf", edit);
        if (!edit.any()) showIf = ConditionForm.withoutBlanks(showIf);
        var page = new FormPage(sent.text("key"), sent.text("title"), sent.all("questions"), showIf);
        if (edit.any()) return page(draft, revision, page, number, new LinkedHashMap<>());
        try {
            var saved = drafts.save(
                    key,
                    revision,
                    current -> withPages(
                            current,
                            Redraft.put(form(current).pages(), number == 0 ? -1 : index(current, number), page)),
                    me.username());
            var savedNumber = number == 0 ? form(saved.definition()).pages().size() : number;
            var problems = problemsOf(saved.definition(), savedNumber, page);
            var name = "Page " + savedNumber + (page.key() == null ? "" : " (" + page.key() + ")");
            if (problems.isEmpty()) {
                flash.addFlashAttribute("success", name + " saved");
                return new ModelAndView("redirect:" + DraftEditing.draftPath(key) + "/form");
            }
            flash.addFlashAttribute("success", name + " saved. Fix the problems shown before you publish the process");
            return new ModelAndView("redirect:" + DraftEditing.draftPath(key) + "/form/pages/" + savedNumber);
        } catch (DraftChangedMeanwhile changed) {
            var errors = new LinkedHashMap<String, String>();
            errors.put("revision", changed.problems().getFirst().reason());
            var shown = page(changed.current(), changed.current().revision(), page, number, errors);
            shown.setStatus(HttpStatus.CONFLICT);
            return shown;
        }
    }

    private Map<String, String> problemsOf(ProcessDefinition definition, int number, FormPage page) {
        var anchors = new ArrayList<>(PAGE_ANCHORS);
        ConditionForm.anchors(new ConditionForm(definition).view(page.showIf(), "showIf"), anchors);
        return ProblemPlaces.place(drafts.problems(definition), "$.form.pages[" + (number - 1) + "]", anchors, "key");
    }

    private ModelAndView overview(DraftView draft, int revision, OnlineForm form, Map<String, String> inputErrors) {
        var definition = draft.definition();
        var lines = new ArrayList<PageLine>();
        var anchors = new ArrayList<>(List.of("public", "introduction", "pages", "whatHappensNext"));
        for (int i = 0; i < form.pages().size(); i++) {
            var page = form.pages().get(i);
            var anchor = "pages[" + i + "]";
            anchors.add(anchor);
            lines.add(new PageLine(i + 1, anchor, page.key(), page.title(), page.questions(), page.showIf() != null));
        }
        var errors = new LinkedHashMap<>(
                ProblemPlaces.place(drafts.problems(definition), "$.form", anchors, "introduction"));
        errors.putAll(inputErrors);
        return new ModelAndView("definition/form")
                .addObject("section", "processes")
                .addObject("definition", definition)
                .addObject("draftPath", DraftEditing.draftPath(definition.key()))
                .addObject("revision", revision)
                .addObject("form", form)
                .addObject("pages", lines)
                .addObject("errors", errors)
                .addObject("summary", ProblemPlaces.linked(errors));
    }

    private ModelAndView page(DraftView draft, int revision, FormPage page, int number, Map<String, String> errors) {
        var definition = draft.definition();
        var path = DraftEditing.draftPath(definition.key()) + "/form/pages";
        var action = number == 0 ? path : path + "/" + number;
        return new ModelAndView("definition/form-page")
                .addObject("section", "processes")
                .addObject("definition", definition)
                .addObject("draftPath", DraftEditing.draftPath(definition.key()))
                .addObject("formPath", DraftEditing.draftPath(definition.key()) + "/form")
                .addObject("revision", revision)
                .addObject("page", page)
                .addObject("number", number)
                .addObject("action", action)
                .addObject("removeAction", path + "/" + number + "/remove")
                .addObject("showIf", new ConditionForm(definition).view(page.showIf(), "showIf"))
                .addObject("fieldChoices", Choices.fields(definition))
                .addObject("errors", errors)
                .addObject("summary", ProblemPlaces.linked(errors));
    }

    /** The draft's form, or an empty one not offered yet. */
    private static OnlineForm form(ProcessDefinition definition) {
        return definition.form() == null ? new OnlineForm(false, null, List.of(), null) : definition.form();
    }

    private static ProcessDefinition withPages(ProcessDefinition definition, List<FormPage> pages) {
        var form = form(definition);
        return Redraft.form(
                definition, new OnlineForm(form.offered(), form.introduction(), pages, form.whatHappensNext()));
    }

    private static FormPage formPage(ProcessDefinition definition, int number) {
        var pages = form(definition).pages();
        if (number < 1 || number > pages.size()) throw new NotInDraft("page " + number + " of the online form");
        return pages.get(number - 1);
    }

    private static int index(ProcessDefinition definition, int number) {
        formPage(definition, number);
        return number - 1;
    }
}
