package org.casework.registry.web;

import java.util.Map;
import java.util.UUID;
import org.casework.identity.StaffPrincipal;
import org.casework.platform.Refusal;
import org.casework.registry.LookupList;
import org.casework.registry.LookupLists;
import org.casework.registry.NewContact;
import org.casework.registry.NewReference;
import org.casework.registry.People;
import org.casework.registry.PersonId;
import org.casework.registry.web.PersonForms.DateBoxes;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The forms that change what a person record holds: add a contact detail, a reference, an address or a previous name;
 * end an address; remove what was entered by mistake. Each goes back to the person's page with a success banner.
 */
@Controller
@PreAuthorize("isAuthenticated()")
class PersonDetailsPages {

    private static final String BASE = "/people/{id}";

    private final People people;
    private final LookupLists lookups;

    PersonDetailsPages(People people, LookupLists lookups) {
        this.people = people;
        this.lookups = lookups;
    }

    /** One of the forms: which template, and what it holds as typed. */
    private ModelAndView form(String template, UUID id, Map<String, ?> typed, Map<String, String> errors) {
        return new ModelAndView("registry/" + template)
                .addObject("section", "people")
                .addObject("person", people.get(new PersonId(id)))
                .addObject("typed", typed)
                .addObject("contactTypes", lookups.offered(LookupList.CONTACT_TYPES, null))
                .addObject("referenceTypes", lookups.offered(LookupList.REFERENCE_TYPES, null))
                .addObject("errors", errors);
    }

    private ModelAndView done(UUID id, RedirectAttributes flash, String success) {
        flash.addFlashAttribute("success", success);
        return new ModelAndView("redirect:/people/" + id);
    }

    private ModelAndView refused(String template, UUID id, Map<String, ?> typed, Refusal refusal) {
        if (refusal.kind() == Refusal.Kind.NOT_FOUND) throw refusal;
        return PersonForms.refused(form(template, id, typed, PersonForms.errors(refusal)));
    }

    @GetMapping(BASE + "/contacts/new")
    ModelAndView newContact(@PathVariable UUID id) {
        return form("person-contact", id, Map.of("type", "", "value", ""), Map.of());
    }

    @PostMapping(BASE + "/contacts/new")
    ModelAndView addContact(
            @PathVariable UUID id,
            @RequestParam(defaultValue = "") String type,
            @RequestParam(defaultValue = "") String value,
            StaffPrincipal me,
            RedirectAttributes flash) {
        try {
            people.addContact(new PersonId(id), new NewContact(type, value), me.username());
            return done(id, flash, "Contact detail added");
        } catch (Refusal refusal) {
            return refused("person-contact", id, Map.of("type", type, "value", value), refusal);
        }
    }

    @PostMapping(BASE + "/contacts/{contact}/remove")
    ModelAndView removeContact(
            @PathVariable UUID id, @PathVariable UUID contact, StaffPrincipal me, RedirectAttributes flash) {
        people.removeContact(new PersonId(id), contact, me.username());
        return done(id, flash, "Contact detail removed");
    }

    @GetMapping(BASE + "/references/new")
    ModelAndView newReference(@PathVariable UUID id) {
        return form("person-reference", id, Map.of("type", "", "value", ""), Map.of());
    }

    @PostMapping(BASE + "/references/new")
    ModelAndView addReference(
            @PathVariable UUID id,
            @RequestParam(defaultValue = "") String type,
            @RequestParam(defaultValue = "") String value,
            StaffPrincipal me,
            RedirectAttributes flash) {
        try {
            people.addReference(new PersonId(id), new NewReference(type, value), me.username());
            return done(id, flash, "Reference added");
        } catch (Refusal refusal) {
            return refused("person-reference", id, Map.of("type", type, "value", value), refusal);
        }
    }

    @PostMapping(BASE + "/references/{reference}/remove")
    ModelAndView removeReference(
            @PathVariable UUID id, @PathVariable UUID reference, StaffPrincipal me, RedirectAttributes flash) {
        people.removeReference(new PersonId(id), reference, me.username());
        return done(id, flash, "Reference removed");
    }

    @GetMapping(BASE + "/addresses/{address}/end")
    ModelAndView endAddressForm(@PathVariable UUID id, @PathVariable UUID address) {
        return form("person-end-address", id, Map.of("address", address, "to", DateBoxes.EMPTY), Map.of());
    }

    @PostMapping(BASE + "/addresses/{address}/end")
    ModelAndView endAddress(
            @PathVariable UUID id,
            @PathVariable UUID address,
            @RequestParam(name = "to-day", defaultValue = "") String day,
            @RequestParam(name = "to-month", defaultValue = "") String month,
            @RequestParam(name = "to-year", defaultValue = "") String year,
            StaffPrincipal me,
            RedirectAttributes flash) {
        var to = new DateBoxes(day, month, year);
        try {
            people.endAddress(new PersonId(id), address, to.answer(), me.username());
            return done(id, flash, "Address ended");
        } catch (Refusal refusal) {
            return refused("person-end-address", id, Map.of("address", address, "to", to), refusal);
        }
    }

    @GetMapping(BASE + "/previous-names/new")
    ModelAndView newPreviousName(@PathVariable UUID id) {
        return form(
                "person-name", id, Map.of("givenNames", "", "familyName", "", "changedOn", DateBoxes.EMPTY), Map.of());
    }

    @PostMapping(BASE + "/previous-names/new")
    ModelAndView addPreviousName(
            @PathVariable UUID id,
            @RequestParam(defaultValue = "") String givenNames,
            @RequestParam(defaultValue = "") String familyName,
            @RequestParam(name = "changedOn-day", defaultValue = "") String day,
            @RequestParam(name = "changedOn-month", defaultValue = "") String month,
            @RequestParam(name = "changedOn-year", defaultValue = "") String year,
            StaffPrincipal me,
            RedirectAttributes flash) {
        var changedOn = new DateBoxes(day, month, year);
        try {
            people.addPreviousName(new PersonId(id), givenNames, familyName, changedOn.answer(), me.username());
            return done(id, flash, "Previous name added");
        } catch (Refusal refusal) {
            var typed = Map.of("givenNames", givenNames, "familyName", familyName, "changedOn", changedOn);
            return refused("person-name", id, typed, refusal);
        }
    }
}
