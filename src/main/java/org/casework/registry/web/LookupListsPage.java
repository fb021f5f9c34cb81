package org.casework.registry.web;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.casework.platform.Refusal;
import org.casework.registry.LookupList;
import org.casework.registry.LookupLists;
import org.casework.registry.LookupValue;
import org.casework.registry.LookupValueNotFound;
import org.casework.registry.UnknownLookupList;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The lookup lists administrators keep: every list, a list's values, and adding, changing and retiring a value. */
@Controller
@PreAuthorize("hasAuthority('PERMISSION_ADMINISTER')")
class LookupListsPage {

    private static final String BASE = "/admin/lookups";
    private static final List<String> FIELDS = List.of("code", "label", "inverseLabel", "department");

    private final LookupLists lookups;

    LookupListsPage(LookupLists lookups) {
        this.lookups = lookups;
    }

    record ListLine(LookupList list, long offered, long retired) {}

    @GetMapping(BASE)
    ModelAndView lists() {
        var lines = Arrays.stream(LookupList.values())
                .map(list -> {
                    var values = lookups.values(list);
                    var retired = values.stream().filter(LookupValue::retired).count();
                    return new ListLine(list, values.size() - retired, retired);
                })
                .toList();
        return new ModelAndView("registry/lookups")
                .addObject("section", "lookups")
                .addObject("lines", lines);
    }

    @GetMapping(BASE + "/{key}")
    ModelAndView list(@PathVariable String key, @RequestParam(required = false) String department) {
        var list = list(key);
        var chosen = department == null || department.isBlank() ? null : department;
        var values = lookups.values(list).stream()
                .filter(value -> chosen == null || chosen.equals(value.department()) || value.department() == null)
                .toList();
        return new ModelAndView("registry/lookup-list")
                .addObject("section", "lookups")
                .addObject("list", list)
                .addObject("values", values)
                .addObject("department", chosen)
                .addObject("departments", lookups.values(LookupList.DEPARTMENTS))
                .addObject("departmentLabels", labels(lookups.values(LookupList.DEPARTMENTS)));
    }

    @GetMapping(BASE + "/{key}/new")
    ModelAndView blank(@PathVariable String key) {
        return form(list(key), new LookupValue("", "", "", null, false), true, Map.of());
    }

    @GetMapping(BASE + "/{key}/{code}")
    ModelAndView edit(@PathVariable String key, @PathVariable String code) {
        var list = list(key);
        return form(
                list, lookups.find(list, code).orElseThrow(() -> new LookupValueNotFound(list, code)), false, Map.of());
    }

    @PostMapping(BASE + "/{key}")
    ModelAndView add(
            @PathVariable String key,
            @RequestParam(defaultValue = "") String code,
            @RequestParam(defaultValue = "") String label,
            @RequestParam(defaultValue = "") String inverseLabel,
            @RequestParam(defaultValue = "") String department,
            RedirectAttributes flash) {
        var list = list(key);
        var typed = new LookupValue(code.strip(), label, inverseLabel, department, false);
        if (lookups.find(list, typed.code()).isPresent()) {
            return refused(list, typed, true, Map.of("code", "There is already a value with the code " + typed.code()));
        }
        return save(list, typed, true, flash);
    }

    @PostMapping(BASE + "/{key}/{code}")
    ModelAndView change(
            @PathVariable String key,
            @PathVariable String code,
            @RequestParam(defaultValue = "") String label,
            @RequestParam(defaultValue = "") String inverseLabel,
            @RequestParam(defaultValue = "") String department,
            RedirectAttributes flash) {
        var list = list(key);
        var current = lookups.find(list, code).orElseThrow(() -> new LookupValueNotFound(list, code));
        return save(list, new LookupValue(code, label, inverseLabel, department, current.retired()), false, flash);
    }

    @PostMapping(BASE + "/{key}/{code}/retire")
    String retire(@PathVariable String key, @PathVariable String code, RedirectAttributes flash) {
        var list = list(key);
        var value = lookups.retire(list, code);
        flash.addFlashAttribute("success", "‘" + value.label() + "’ retired: it is offered no more");
        return "redirect:" + BASE + "/" + list.key();
    }

    @PostMapping(BASE + "/{key}/{code}/restore")
    String restore(@PathVariable String key, @PathVariable String code, RedirectAttributes flash) {
        var list = list(key);
        var value = lookups.restore(list, code);
        flash.addFlashAttribute("success", "‘" + value.label() + "’ is offered again");
        return "redirect:" + BASE + "/" + list.key();
    }

    private ModelAndView save(LookupList list, LookupValue typed, boolean isNew, RedirectAttributes flash) {
        try {
            var saved = lookups.save(list, typed);
            flash.addFlashAttribute("success", "‘" + saved.label() + "’ saved");
            return new ModelAndView("redirect:" + BASE + "/" + list.key());
        } catch (Refusal refusal) {
            var errors = new LinkedHashMap<String, String>();
            for (var field : FIELDS) {
                var reason = refusal.reasonFor(field);
                if (reason != null) errors.put(field, reason);
            }
            return refused(list, typed, isNew, errors);
        }
    }

    private ModelAndView refused(LookupList list, LookupValue typed, boolean isNew, Map<String, String> errors) {
        var page = form(list, typed, isNew, errors);
        page.setStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        return page;
    }

    private ModelAndView form(LookupList list, LookupValue value, boolean isNew, Map<String, String> errors) {
        return new ModelAndView("registry/lookup-value")
                .addObject("section", "lookups")
                .addObject("list", list)
                .addObject("value", value)
                .addObject("isNew", isNew)
                .addObject("departments", lookups.offered(LookupList.DEPARTMENTS, null))
                .addObject("errors", errors);
    }

    private static Map<String, String> labels(List<LookupValue> values) {
        var labels = new LinkedHashMap<String, String>();
        values.forEach(value -> labels.put(value.code(), value.label()));
        return labels;
    }

    private static LookupList list(String key) {
        return LookupList.byKey(key).orElseThrow(() -> new UnknownLookupList(key));
    }
}
