package org.casework.casefile.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.casework.casefile.CasePeople;
import org.casework.engine.CaseView;
import org.casework.engine.Cases;
import org.casework.identity.StaffPrincipal;
import org.casework.platform.Refusal;
import org.casework.registry.LookupList;
import org.casework.registry.LookupLists;
import org.casework.registry.People;
import org.casework.registry.PersonCriteria;
import org.casework.registry.PersonId;
import org.casework.work.CaseAccess;
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
 * The people and the place a case is about, on the staff side: who is on it in which role, finding someone on the
 * register to add, taking a role off; and the address, found by postcode in the gazetteer. Behind the case's access
 * rule, like the rest of the case file.
 */
@Controller
@PreAuthorize("isAuthenticated()")
class CasePeoplePage {

    /** A person on the case as the page lists them. */
    record Line(UUID person, String name, String role, String roleLabel, boolean main) {}

    private final Cases cases;
    private final CaseAccess access;
    private final CasePeople casePeople;
    private final People people;
    private final LookupLists lookups;
    private final CasePlaceForm placeForm;

    CasePeoplePage(
            Cases cases,
            CaseAccess access,
            CasePeople casePeople,
            People people,
            LookupLists lookups,
            CasePlaceForm placeForm) {
        this.cases = cases;
        this.access = access;
        this.casePeople = casePeople;
        this.people = people;
        this.lookups = lookups;
        this.placeForm = placeForm;
    }

    @GetMapping("/cases/{reference}/people")
    ModelAndView show(
            @PathVariable String reference,
            @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "") String postcode,
            @RequestParam(defaultValue = "false") boolean manual,
            StaffPrincipal me) {
        var view = access.require(cases.byReference(reference), me);
        return placeForm.addTo(page(view, name, Map.of(), Map.of()), view, postcode, manual);
    }

    @PostMapping("/cases/{reference}/place")
    ModelAndView place(
            @PathVariable String reference,
            @RequestParam(defaultValue = "") String postcode,
            @RequestParam(defaultValue = "") String uprn,
            @RequestParam(defaultValue = "false") boolean manual,
            StaffPrincipal me,
            RedirectAttributes flash) {
        var view = access.require(cases.byReference(reference), me);
        var problem = placeForm.set(view, uprn, manual, me.username());
        if (problem == null) {
            flash.addFlashAttribute("success", "The case's place is set");
            return new ModelAndView("redirect:/cases/" + view.reference() + "/people");
        }
        var page = placeForm.addTo(page(view, "", Map.of(), Map.of("uprn", problem)), view, postcode, manual);
        page.setStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        return page;
    }

    @PostMapping("/cases/{reference}/place/clear")
    String clearPlace(@PathVariable String reference, StaffPrincipal me, RedirectAttributes flash) {
        var view = access.require(cases.byReference(reference), me);
        placeForm.clear(view, me.username());
        flash.addFlashAttribute("success", "The case has no place now");
        return "redirect:/cases/" + view.reference() + "/people";
    }

    @PostMapping("/cases/{reference}/people")
    ModelAndView add(
            @PathVariable String reference,
            @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "") String person,
            @RequestParam(defaultValue = "") String role,
            @RequestParam(defaultValue = "false") boolean main,
            StaffPrincipal me,
            RedirectAttributes flash) {
        var view = access.require(cases.byReference(reference), me);
        var typed = Map.of("person", person, "role", role);
        if (person.isBlank()) return refused(view, name, typed, Map.of("person", "Select the person to add"));
        try {
            var added = casePeople.add(view.id(), PersonId.of(person), role, main, me.username());
            flash.addFlashAttribute(
                    "success",
                    people.get(added.person()).name() + " is on the case as "
                            + lookups.labelOf(LookupList.CASE_ROLES, added.role())
                                    .toLowerCase());
            return new ModelAndView("redirect:/cases/" + view.reference() + "/people");
        } catch (Refusal refusal) {
            var errors = new LinkedHashMap<String, String>();
            for (var field : List.of("person", "role")) {
                if (refusal.reasonFor(field) != null) errors.put(field, refusal.reasonFor(field));
            }
            return refused(view, name, typed, errors);
        }
    }

    @PostMapping("/cases/{reference}/people/{person}/{role}/remove")
    String remove(
            @PathVariable String reference,
            @PathVariable UUID person,
            @PathVariable String role,
            StaffPrincipal me,
            RedirectAttributes flash) {
        var view = access.require(cases.byReference(reference), me);
        casePeople.remove(view.id(), new PersonId(person), role, me.username());
        flash.addFlashAttribute("success", "Taken off the case");
        return "redirect:/cases/" + view.reference() + "/people";
    }

    private ModelAndView refused(CaseView view, String name, Map<String, String> typed, Map<String, String> errors) {
        var page = placeForm.addTo(page(view, name, typed, errors), view, "", false);
        page.setStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        return page;
    }

    private ModelAndView page(CaseView view, String name, Map<String, String> typed, Map<String, String> errors) {
        var onCase = casePeople.of(view.id()).stream()
                .map(link -> new Line(
                        link.person().value(),
                        people.find(link.person()).map(found -> found.name()).orElse("Unknown person"),
                        link.role(),
                        lookups.labelOf(LookupList.CASE_ROLES, link.role()),
                        link.main()))
                .toList();
        var found = name.isBlank() ? null : people.search(PersonCriteria.byName(name));
        return new ModelAndView("casefile/case-people")
                .addObject("section", "search")
                .addObject("kase", view)
                .addObject("onCase", onCase)
                .addObject("name", name)
                .addObject("found", found)
                .addObject("roles", lookups.offered(LookupList.CASE_ROLES, null))
                .addObject("typed", typed)
                .addObject("errors", errors);
    }
}
