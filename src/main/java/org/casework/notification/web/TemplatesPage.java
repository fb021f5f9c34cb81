package org.casework.notification.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.casework.identity.StaffPrincipal;
import org.casework.notification.FieldProblem;
import org.casework.notification.NotificationTemplate;
import org.casework.notification.TemplateConflict;
import org.casework.notification.TemplateInvalid;
import org.casework.notification.TemplatePreviews;
import org.casework.notification.Templates;
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
 * Notification templates for administrators: the list, and a form to write or change one with a preview beside it.
 * The preview shows the saved template, or with "Preview" what was typed, without saving it. Two administrators
 * saving over each other are caught by the template's version, and the second is told rather than overwriting.
 */
@Controller
@PreAuthorize("hasAuthority('PERMISSION_ADMINISTER')")
class TemplatesPage {

    private static final String BASE = "/admin/notifications/templates";

    private final Templates templates;
    private final TemplatePreviews previews;

    TemplatesPage(Templates templates, TemplatePreviews previews) {
        this.templates = templates;
        this.previews = previews;
    }

    @GetMapping(BASE)
    ModelAndView list() {
        return new ModelAndView("notification/templates")
                .addObject("section", "notifications")
                .addObject("templates", templates.list());
    }

    @GetMapping(BASE + "/new")
    ModelAndView blank() {
        return form(new NotificationTemplate("", "", "", "", "", 0), true, null, Map.of());
    }

    @GetMapping(BASE + "/{key}")
    ModelAndView edit(@PathVariable String key) {
        var template = templates.find(key).orElseThrow(() -> new NoSuchKey(key));
        return form(template, false, template, Map.of());
    }

    @PostMapping(BASE)
    ModelAndView create(
            @RequestParam(defaultValue = "") String key,
            @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "") String emailSubject,
            @RequestParam(defaultValue = "") String emailBody,
            @RequestParam(defaultValue = "") String smsBody,
            @RequestParam(defaultValue = "save") String action,
            StaffPrincipal me,
            RedirectAttributes flash) {
        var typed = new NotificationTemplate(key.strip(), name, emailSubject, emailBody, smsBody, 0);
        if (!action.equals("preview") && templates.find(typed.key()).isPresent()) {
            var page = form(
                    typed,
                    true,
                    null,
                    Map.of("key", "There is already a template with the key " + typed.key() + ": choose another"));
            page.setStatus(HttpStatus.UNPROCESSABLE_CONTENT);
            return page;
        }
        return saveOrPreview(typed, true, action, me, flash);
    }

    @PostMapping(BASE + "/{key}")
    ModelAndView change(
            @PathVariable String key,
            @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "") String emailSubject,
            @RequestParam(defaultValue = "") String emailBody,
            @RequestParam(defaultValue = "") String smsBody,
            @RequestParam(defaultValue = "0") long version,
            @RequestParam(defaultValue = "save") String action,
            StaffPrincipal me,
            RedirectAttributes flash) {
        templates.find(key).orElseThrow(() -> new NoSuchKey(key));
        var typed = new NotificationTemplate(key, name, emailSubject, emailBody, smsBody, version);
        return saveOrPreview(typed, false, action, me, flash);
    }

    private ModelAndView saveOrPreview(
            NotificationTemplate typed, boolean isNew, String action, StaffPrincipal me, RedirectAttributes flash) {
        if (action.equals("preview")) return form(typed, isNew, typed, errors(templates.problems(typed)));
        try {
            var saved = templates.save(typed, me.username());
            flash.addFlashAttribute("success", "Template ‘" + saved.name() + "’ saved");
            return new ModelAndView("redirect:" + BASE + "/" + saved.key());
        } catch (TemplateInvalid invalid) {
            var page = form(typed, isNew, null, errors(invalid.problems()));
            page.setStatus(HttpStatus.UNPROCESSABLE_CONTENT);
            return page;
        } catch (TemplateConflict conflict) {
            var page = form(
                    typed,
                    isNew,
                    null,
                    Map.of(
                            "name",
                            "Someone else saved this template while you were changing it, so your changes have not"
                                    + " been saved. Copy what you wrote, open the template again to see their"
                                    + " version, then make your changes again"));
            page.setStatus(HttpStatus.CONFLICT);
            return page;
        }
    }

    private ModelAndView form(
            NotificationTemplate template, boolean isNew, NotificationTemplate previewed, Map<String, String> errors) {
        return new ModelAndView("notification/template")
                .addObject("section", "notifications")
                .addObject("template", template)
                .addObject("isNew", isNew)
                .addObject("preview", previewed == null ? null : previews.preview(previewed, Map.of()))
                .addObject("details", TemplatePreviews.caseDetails())
                .addObject("errors", errors);
    }

    /** The first problem with each field, in the form's order, as the error summary lists them. */
    private static Map<String, String> errors(List<FieldProblem> problems) {
        var errors = new LinkedHashMap<String, String>();
        for (var field : List.of("key", "name", "emailSubject", "emailBody", "smsBody")) {
            problems.stream()
                    .filter(problem -> problem.field().equals(field))
                    .findFirst()
                    .ifPresent(problem -> errors.put(field, problem.reason()));
        }
        return errors;
    }
}
