package org.casework.registry.web;

import java.util.ArrayList;
import java.util.Map;
import java.util.UUID;
import org.casework.identity.Citizens;
import org.casework.identity.Permission;
import org.casework.identity.StaffPrincipal;
import org.casework.platform.Refusal;
import org.casework.registry.People;
import org.casework.registry.PersonCase;
import org.casework.registry.PersonCases;
import org.casework.registry.PersonHistoryEntry;
import org.casework.registry.PersonId;
import org.casework.registry.PersonInvalid;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A person's page: everything the register holds about them, their cases and history across services (from every
 * {@link PersonCases} there is — none until the case file provides one), and the record's audit trail. A record merged
 * into another says so and links to the survivor. Also linking the citizen's portal account, found by its email.
 */
@Controller
@PreAuthorize("isAuthenticated()")
class PersonPage {

    private final People people;
    private final Citizens citizens;
    private final ObjectProvider<PersonCases> personCases;

    PersonPage(People people, Citizens citizens, ObjectProvider<PersonCases> personCases) {
        this.people = people;
        this.citizens = citizens;
        this.personCases = personCases;
    }

    @GetMapping("/people/{id}")
    ModelAndView person(@PathVariable UUID id, StaffPrincipal me) {
        var person = people.get(new PersonId(id));
        var page = new ModelAndView("registry/person")
                .addObject("section", "people")
                .addObject("person", person);
        if (person.merged()) {
            return page.addObject("survivor", people.get(person.mergedInto()));
        }
        var cases = new ArrayList<PersonCase>();
        var history = new ArrayList<PersonHistoryEntry>();
        personCases.orderedStream().forEach(source -> {
            cases.addAll(source.casesOf(person.id(), me));
            history.addAll(source.historyOf(person.id(), me));
        });
        history.sort((a, b) -> b.at().compareTo(a.at()));
        return page.addObject("cases", cases)
                .addObject("history", history)
                .addObject(
                        "citizen",
                        person.citizenAccount() == null
                                ? null
                                : citizens.find(person.citizenAccount()).orElse(null))
                .addObject("events", people.history(person.id()))
                .addObject("canMerge", me.can(Permission.SUPERVISE));
    }

    @GetMapping("/people/{id}/citizen-account")
    ModelAndView citizenForm(@PathVariable UUID id) {
        return citizenForm(id, "", Map.of());
    }

    private ModelAndView citizenForm(UUID id, String email, Map<String, String> errors) {
        return new ModelAndView("registry/person-citizen")
                .addObject("section", "people")
                .addObject("person", people.get(new PersonId(id)))
                .addObject("email", email)
                .addObject("errors", errors);
    }

    @PostMapping("/people/{id}/citizen-account")
    ModelAndView link(
            @PathVariable UUID id,
            @RequestParam(defaultValue = "") String email,
            StaffPrincipal me,
            RedirectAttributes flash) {
        try {
            if (email.isBlank()) throw new PersonInvalid("email", "Enter the email address of the citizen's account");
            var account = citizens.byEmail(email)
                    .orElseThrow(() -> new PersonInvalid("email", "No citizen account has the email address " + email));
            people.linkCitizenAccount(new PersonId(id), account.id(), me.username());
            flash.addFlashAttribute("success", "The citizen account of " + account.email() + " is linked");
            return new ModelAndView("redirect:/people/" + id);
        } catch (Refusal refusal) {
            if (refusal.kind() == Refusal.Kind.NOT_FOUND) throw refusal;
            return PersonForms.refused(
                    citizenForm(id, email, PersonForms.errors(refusal, Map.of("citizenAccount", "email"))));
        }
    }

    @PostMapping("/people/{id}/citizen-account/unlink")
    String unlink(@PathVariable UUID id, StaffPrincipal me, RedirectAttributes flash) {
        people.unlinkCitizenAccount(new PersonId(id), me.username());
        flash.addFlashAttribute("success", "The citizen account is unlinked");
        return "redirect:/people/" + id;
    }
}
