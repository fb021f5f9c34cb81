package org.casework.registry.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.casework.identity.StaffPrincipal;
import org.casework.platform.Refusal;
import org.casework.registry.LookupList;
import org.casework.registry.LookupLists;
import org.casework.registry.People;
import org.casework.registry.PersonCriteria;
import org.casework.registry.PersonId;
import org.casework.registry.PersonSummary;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Relating a person to someone else on the register: find the other person by name, choose how this person is related
 * to them (read from this person's side: "Parent of"), and the other person's page shows the other side ("Child of").
 */
@Controller
@PreAuthorize("isAuthenticated()")
class PersonRelationshipsPage {

    private final People people;
    private final LookupLists lookups;

    PersonRelationshipsPage(People people, LookupLists lookups) {
        this.people = people;
        this.lookups = lookups;
    }

    @GetMapping("/people/{id}/relationships/new")
    ModelAndView form(@PathVariable UUID id, @RequestParam(defaultValue = "") String name) {
        return form(id, name, "", "", Map.of());
    }

    private ModelAndView form(UUID id, String name, String type, String other, Map<String, String> errors) {
        var person = people.get(new PersonId(id));
        List<PersonSummary> candidates = name.isBlank()
                ? List.of()
                : people.search(PersonCriteria.byName(name)).people().stream()
                        .filter(found -> !found.id().equals(person.id()))
                        .toList();
        return new ModelAndView("registry/person-relationship")
                .addObject("section", "people")
                .addObject("person", person)
                .addObject("name", name)
                .addObject("candidates", candidates)
                .addObject("types", lookups.offered(LookupList.RELATIONSHIP_TYPES, null))
                .addObject("type", type)
                .addObject("other", other)
                .addObject("errors", errors);
    }

    @PostMapping("/people/{id}/relationships/new")
    ModelAndView relate(
            @PathVariable UUID id,
            @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "") String type,
            @RequestParam(defaultValue = "") String other,
            StaffPrincipal me,
            RedirectAttributes flash) {
        try {
            var otherId = other.isBlank() ? null : PersonId.of(other);
            people.relate(new PersonId(id), type, otherId, me.username());
            flash.addFlashAttribute("success", "Relationship added");
            return new ModelAndView("redirect:/people/" + id);
        } catch (Refusal refusal) {
            if (refusal.kind() == Refusal.Kind.NOT_FOUND) throw refusal;
            return PersonForms.refused(form(id, name, type, other, PersonForms.errors(refusal)));
        }
    }

    @PostMapping("/people/{id}/relationships/{relationship}/remove")
    String remove(@PathVariable UUID id, @PathVariable UUID relationship, StaffPrincipal me, RedirectAttributes flash) {
        people.removeRelationship(new PersonId(id), relationship, me.username());
        flash.addFlashAttribute("success", "Relationship removed");
        return "redirect:/people/" + id;
    }
}
