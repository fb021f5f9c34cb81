package org.casework.definition.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.casework.definition.DraftChangedMeanwhile;
import org.casework.definition.DraftView;
import org.casework.definition.ProcessDefinition;
import org.casework.definition.Sla;
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

/** A draft's details (name, description, category, codes, start step) and its service level and retention. */
@Controller
@PreAuthorize("hasAuthority('PERMISSION_ADMINISTER')")
class DraftDetailsPage {

    private static final String DRAFT = DraftEditing.BASE + "/{key}/draft";
    private static final List<String> DETAILS =
            List.of("name", "description", "category", "lgslCode", "department", "referencePrefix", "start", "mode");
    private static final List<String> SERVICE_LEVEL = List.of(
            "sla.targetWorkingDays",
            "sla.pauseWhileWaitingOnCitizen",
            "sla.warnAt",
            "sla.breachRepeatWorkingDays",
            "sla.remindAfterWorkingDays",
            "retentionDays");

    /** A process's modes: whether officers may move its cases between stages. */
    static final List<Choice> MODES = List.of(
            new Choice(ProcessDefinition.RESTRICTED, "Restricted: cases go through the stages in order"),
            new Choice(ProcessDefinition.FLEXIBLE, "Flexible: officers may move a case to any stage"));

    private final DraftEditing drafts;

    DraftDetailsPage(DraftEditing drafts) {
        this.drafts = drafts;
    }

    @GetMapping(DRAFT + "/details")
    ModelAndView details(@PathVariable String key) {
        var draft = drafts.open(key);
        return details(draft, draft.revision(), draft.definition(), problems(draft.definition(), DETAILS, "name"));
    }

    @PostMapping(DRAFT + "/details")
    ModelAndView saveDetails(
            @PathVariable String key,
            @RequestParam MultiValueMap<String, String> sent,
            StaffPrincipal me,
            RedirectAttributes flash) {
        var form = new FormValues(sent);
        var draft = drafts.open(key);
        var changed = Redraft.details(
                draft.definition(),
                form.text("name"),
                form.text("description"),
                form.text("category"),
                form.text("lgslCode"),
                form.text("department"),
                form.text("referencePrefix"),
                form.text("start"),
                mode(form.text("mode"), draft.definition().mode()));
        var errors = new LinkedHashMap<String, String>();
        if (changed.name() == null) errors.put("name", "Enter the process's name");
        if (!errors.isEmpty()) return status(details(draft, DraftEditing.revision(form), changed, errors), 422);
        try {
            drafts.save(
                    key,
                    DraftEditing.revision(form),
                    current -> Redraft.details(
                            current,
                            changed.name(),
                            changed.description(),
                            changed.category(),
                            changed.lgslCode(),
                            changed.department(),
                            changed.referencePrefix(),
                            changed.start(),
                            changed.mode()),
                    me.username());
            flash.addFlashAttribute("success", "Details saved");
            return new ModelAndView("redirect:" + DraftEditing.draftPath(key));
        } catch (DraftChangedMeanwhile conflict) {
            errors.put("revision", conflict.problems().getFirst().reason());
            return status(details(conflict.current(), conflict.current().revision(), changed, errors), 409);
        }
    }

    @GetMapping(DRAFT + "/service-level")
    ModelAndView serviceLevel(@PathVariable String key) {
        var draft = drafts.open(key);
        var definition = draft.definition();
        return serviceLevel(
                draft,
                draft.revision(),
                values(definition.sla(), definition.retentionDays()),
                problems(definition, SERVICE_LEVEL, "sla.targetWorkingDays"));
    }

    @PostMapping(DRAFT + "/service-level")
    ModelAndView saveServiceLevel(
            @PathVariable String key,
            @RequestParam MultiValueMap<String, String> sent,
            StaffPrincipal me,
            RedirectAttributes flash) {
        var form = new FormValues(sent);
        var draft = drafts.open(key);
        var errors = new LinkedHashMap<String, String>();
        var target = form.integer("sla.targetWorkingDays", errors, "The target");
        Double warnAt = null;
        var warnText = form.text("sla.warnAt");
        if (warnText != null) {
            try {
                warnAt = Double.valueOf(warnText);
            } catch (NumberFormatException notANumber) {
                errors.put("sla.warnAt", "The warning must be a share of the target, such as 0.75");
            }
        }
        var breach = form.integer("sla.breachRepeatWorkingDays", errors, "The repeat");
        var remind = form.integer("sla.remindAfterWorkingDays", errors, "The reminder");
        var retention = form.integer("retentionDays", errors, "The retention");
        var pause = form.checked("sla.pauseWhileWaitingOnCitizen") ? Boolean.TRUE : null;
        var sla = target == null ? null : new Sla(target, pause, warnAt, breach, remind);
        if (!errors.isEmpty()) {
            return status(serviceLevel(draft, DraftEditing.revision(form), values(form), errors), 422);
        }
        try {
            drafts.save(
                    key,
                    DraftEditing.revision(form),
                    current -> Redraft.serviceLevel(current, sla, retention),
                    me.username());
            flash.addFlashAttribute("success", "Service level and retention saved");
            return new ModelAndView("redirect:" + DraftEditing.draftPath(key) + "#service-level");
        } catch (DraftChangedMeanwhile conflict) {
            errors.put("revision", conflict.problems().getFirst().reason());
            return status(serviceLevel(conflict.current(), conflict.current().revision(), values(form), errors), 409);
        }
    }

    /** Restricted is the default: a process that never chose keeps saying nothing rather than gaining a line. */
    private static String mode(String chosen, String was) {
        return ProcessDefinition.RESTRICTED.equals(chosen) && was == null ? null : chosen;
    }

    private Map<String, String> problems(ProcessDefinition definition, List<String> anchors, String fallback) {
        var placed = new LinkedHashMap<String, String>();
        for (var problem : drafts.problems(definition)) {
            var relative = ProblemPlaces.relative(problem.path(), "$");
            if (relative == null) continue;
            var anchor = ProblemPlaces.anchor(relative, anchors, null);
            if (anchor != null) placed.merge(anchor, problem.message(), (a, b) -> a + ". " + b);
        }
        return placed;
    }

    private static Map<String, Object> values(Sla sla, Integer retentionDays) {
        var values = new LinkedHashMap<String, Object>();
        if (sla != null) {
            values.put("sla.targetWorkingDays", sla.targetWorkingDays());
            values.put("sla.pauseWhileWaitingOnCitizen", sla.pausesForCitizen());
            values.put("sla.warnAt", sla.warnAt());
            values.put("sla.breachRepeatWorkingDays", sla.breachRepeatWorkingDays());
            values.put("sla.remindAfterWorkingDays", sla.remindAfterWorkingDays());
        }
        values.put("retentionDays", retentionDays);
        return values;
    }

    private static Map<String, Object> values(FormValues form) {
        var values = new LinkedHashMap<String, Object>();
        for (var name : SERVICE_LEVEL) values.put(name, form.text(name));
        values.put("sla.pauseWhileWaitingOnCitizen", form.checked("sla.pauseWhileWaitingOnCitizen"));
        return values;
    }

    private ModelAndView details(DraftView draft, int revision, ProcessDefinition shown, Map<String, String> errors) {
        return new ModelAndView("definition/details")
                .addObject("section", "processes")
                .addObject("definition", draft.definition())
                .addObject("shown", shown)
                .addObject(
                        "draftPath", DraftEditing.draftPath(draft.definition().key()))
                .addObject("revision", revision)
                .addObject("stepChoices", Choices.steps(draft.definition(), null))
                .addObject("modes", MODES)
                .addObject("errors", errors)
                .addObject("summary", ProblemPlaces.linked(errors));
    }

    private ModelAndView serviceLevel(
            DraftView draft, int revision, Map<String, Object> values, Map<String, String> errors) {
        return new ModelAndView("definition/service-level")
                .addObject("section", "processes")
                .addObject("definition", draft.definition())
                .addObject(
                        "draftPath", DraftEditing.draftPath(draft.definition().key()))
                .addObject("revision", revision)
                .addObject("values", values)
                .addObject("errors", errors)
                .addObject("summary", ProblemPlaces.linked(errors));
    }

    private static ModelAndView status(ModelAndView page, int status) {
        page.setStatus(HttpStatus.valueOf(status));
        return page;
    }
}
