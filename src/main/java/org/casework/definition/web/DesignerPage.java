package org.casework.definition.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.casework.definition.ConditionEvaluator;
import org.casework.definition.FieldLibrary;
import org.casework.definition.ValidationProblem;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The designer's overview of a draft: its details, fields, stages, steps, actions, service level and retention, each
 * with the problems that stop it being published beside it, and the way to publish. Also the FEEL check the condition
 * builder asks as an author types.
 */
@Controller
@PreAuthorize("hasAuthority('PERMISSION_ADMINISTER')")
class DesignerPage {

    private static final Pattern ELEMENT = Pattern.compile("^\\$\\.(fields|stages|steps|actions)\\[(\\d+)\\].*");

    private final DraftEditing drafts;
    private final StepForms forms;
    private final ConditionEvaluator conditions;
    private final FieldLibrary library;

    DesignerPage(DraftEditing drafts, StepForms forms, ConditionEvaluator conditions, FieldLibrary library) {
        this.drafts = drafts;
        this.forms = forms;
        this.conditions = conditions;
        this.library = library;
    }

    /** A line of the steps table. */
    record StepLine(
            int index, String key, String name, String kind, String stage, List<String> leadsTo, boolean editable) {}

    /** A line of the actions table. */
    record ActionLine(int number, String kind, String on, String target, boolean conditional) {}

    @GetMapping(DraftEditing.BASE + "/{key}/draft")
    ModelAndView overview(@PathVariable String key) {
        var draft = drafts.open(key);
        var definition = draft.definition();
        var problems = drafts.problems(definition);
        var placed = place(problems);
        var steps = new ArrayList<StepLine>();
        for (int i = 0; i < definition.steps().size(); i++) {
            var step = definition.steps().get(i);
            var kind =
                    forms.of(step).map(StepForm::title).orElse(step.getClass().getSimpleName());
            steps.add(new StepLine(
                    i,
                    step.key(),
                    step.name(),
                    kind,
                    step.stage(),
                    step.successors(),
                    forms.of(step).isPresent()));
        }
        var actions = new ArrayList<ActionLine>();
        for (int i = 0; i < definition.actions().size(); i++) {
            var action = definition.actions().get(i);
            actions.add(new ActionLine(
                    i + 1,
                    ActionForms.title(ActionForms.kind(action)),
                    action.on() == null ? null : action.on().key(),
                    action.target(),
                    action.when() != null));
        }
        var summary = new ArrayList<ProblemPlaces.Linked>();
        placed.forEach((anchor, messages) -> messages.forEach(m -> summary.add(new ProblemPlaces.Linked(anchor, m))));
        return new ModelAndView("definition/draft")
                .addObject("section", "processes")
                .addObject("draft", draft)
                .addObject("definition", definition)
                .addObject("draftPath", DraftEditing.draftPath(key))
                .addObject("processPath", DraftEditing.BASE + "/" + key)
                .addObject("steps", steps)
                .addObject("actions", actions)
                .addObject("kinds", forms.all())
                .addObject("actionKinds", ActionForms.KINDS)
                .addObject("library", library.fields())
                .addObject("problems", placed)
                .addObject("summary", summary)
                .addObject("errors", Map.of());
    }

    /**
     * Whether the FEEL expression typed reads, answered as the words to show beside it. Takes whichever input sent it
     * (their names end in {@code feel}), since one page can hold several expressions.
     */
    @GetMapping(DraftEditing.BASE + "/{key}/draft/feel-check")
    ModelAndView feelCheck(@PathVariable String key, @RequestParam MultiValueMap<String, String> sent) {
        var expression = sent.entrySet().stream()
                .filter(entry -> entry.getKey().endsWith("feel"))
                .map(entry -> entry.getValue().getFirst())
                .findFirst()
                .orElse("");
        var error = conditions.checkFeel(expression).orElse(null);
        return new ModelAndView("definition/feel-check").addObject("error", error);
    }

    /** Each problem under the place on the overview it is about: a field, stage, step or action row, or a section. */
    static Map<String, List<String>> place(List<ValidationProblem> problems) {
        var placed = new LinkedHashMap<String, List<String>>();
        for (var problem : problems) {
            placed.computeIfAbsent(anchor(problem.path()), a -> new ArrayList<>())
                    .add(problem.message());
        }
        return placed;
    }

    static String anchor(String path) {
        var element = ELEMENT.matcher(path);
        if (element.matches()) {
            var kind = element.group(1);
            return kind.substring(0, kind.length() - 1) + "-" + element.group(2);
        }
        if (path.startsWith("$.steps")) return "steps";
        if (path.startsWith("$.sla") || path.startsWith("$.retentionDays")) return "service-level";
        if (path.startsWith("$.form")) return "form";
        return "details";
    }
}
