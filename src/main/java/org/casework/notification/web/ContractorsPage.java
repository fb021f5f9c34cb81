package org.casework.notification.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.casework.notification.Contractor;
import org.casework.notification.ContractorInvalid;
import org.casework.notification.Contractors;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The contractors a process's notify action can tell by key: listed, added and changed by administrators. */
@Controller
@PreAuthorize("hasAuthority('PERMISSION_ADMINISTER')")
class ContractorsPage {

    private static final String BASE = "/admin/notifications/contractors";

    private final Contractors contractors;

    ContractorsPage(Contractors contractors) {
        this.contractors = contractors;
    }

    @GetMapping(BASE)
    ModelAndView list() {
        return new ModelAndView("notification/contractors")
                .addObject("section", "notifications")
                .addObject("contractors", contractors.list());
    }

    @GetMapping(BASE + "/new")
    ModelAndView blank() {
        return form(new Contractor("", "", "", ""), true, Map.of());
    }

    @GetMapping(BASE + "/{key}")
    ModelAndView edit(@PathVariable String key) {
        return form(contractors.find(key).orElseThrow(() -> new NoSuchKey(key)), false, Map.of());
    }

    @PostMapping(BASE)
    ModelAndView add(
            @RequestParam(defaultValue = "") String key,
            @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "") String email,
            @RequestParam(defaultValue = "") String phone,
            RedirectAttributes flash) {
        var typed = new Contractor(key.strip(), name, email, phone);
        if (contractors.find(typed.key()).isPresent()) {
            var page = form(typed, true, Map.of("key", "There is already a contractor with the key " + typed.key()));
            page.setStatus(HttpStatus.UNPROCESSABLE_CONTENT);
            return page;
        }
        return save(typed, true, flash);
    }

    @PostMapping(BASE + "/{key}")
    ModelAndView change(
            @PathVariable String key,
            @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "") String email,
            @RequestParam(defaultValue = "") String phone,
            RedirectAttributes flash) {
        contractors.find(key).orElseThrow(() -> new NoSuchKey(key));
        return save(new Contractor(key, name, email, phone), false, flash);
    }

    private ModelAndView save(Contractor typed, boolean isNew, RedirectAttributes flash) {
        try {
            var saved = contractors.save(typed);
            flash.addFlashAttribute("success", "Contractor ‘" + saved.name() + "’ saved");
            return new ModelAndView("redirect:" + BASE);
        } catch (ContractorInvalid invalid) {
            var errors = new LinkedHashMap<String, String>();
            for (var field : List.of("key", "name", "email", "phone")) {
                invalid.problems().stream()
                        .filter(problem -> problem.field().equals(field))
                        .findFirst()
                        .ifPresent(problem -> errors.put(field, problem.reason()));
            }
            var page = form(typed, isNew, errors);
            page.setStatus(HttpStatus.UNPROCESSABLE_CONTENT);
            return page;
        }
    }

    private static ModelAndView form(Contractor contractor, boolean isNew, Map<String, String> errors) {
        return new ModelAndView("notification/contractor")
                .addObject("section", "notifications")
                .addObject("contractor", contractor)
                .addObject("isNew", isNew)
                .addObject("errors", errors);
    }
}
