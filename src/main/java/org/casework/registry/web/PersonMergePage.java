package org.casework.registry.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.casework.identity.StaffPrincipal;
import org.casework.platform.Refusal;
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
 * Merging two records of the same human, kept by supervisors (team leads and administrators) because a merge is not
 * undone: find the other record, see what would move to this one, confirm. The other record then points here.
 */
@Controller
@PreAuthorize("hasAuthority('PERMISSION_SUPERVISE')")
class PersonMergePage {

    private final People people;

    PersonMergePage(People people) {
        this.people = people;
    }

    @GetMapping("/people/{id}/merge")
    ModelAndView choose(@PathVariable UUID id, @RequestParam(defaultValue = "") String name) {
        return choose(id, name, Map.of());
    }

    private ModelAndView choose(UUID id, String name, Map<String, String> errors) {
        var person = people.get(new PersonId(id));
        List<PersonSummary> candidates = name.isBlank()
                ? List.of()
                : people.search(PersonCriteria.byName(name)).people().stream()
                        .filter(found -> !found.id().equals(person.id()))
                        .toList();
        return new ModelAndView("registry/person-merge")
                .addObject("section", "people")
                .addObject("person", person)
                .addObject("name", name)
                .addObject("candidates", candidates)
                .addObject("errors", errors);
    }

    @GetMapping("/people/{id}/merge/{other}")
    ModelAndView confirm(@PathVariable UUID id, @PathVariable UUID other) {
        try {
            return new ModelAndView("registry/person-merge-confirm")
                    .addObject("section", "people")
                    .addObject("person", people.get(new PersonId(id)))
                    .addObject("preview", people.mergePreview(new PersonId(id), new PersonId(other)))
                    .addObject("errors", Map.of());
        } catch (Refusal refusal) {
            if (refusal.kind() == Refusal.Kind.NOT_FOUND) throw refusal;
            return PersonForms.refused(choose(id, "", PersonForms.errors(refusal, Map.of("merged", "name"))));
        }
    }

    @PostMapping("/people/{id}/merge/{other}")
    ModelAndView merge(@PathVariable UUID id, @PathVariable UUID other, StaffPrincipal me, RedirectAttributes flash) {
        try {
            var merged = people.get(new PersonId(other));
            people.merge(new PersonId(id), new PersonId(other), me.username());
            flash.addFlashAttribute("success", merged.name() + "’s record is merged into this one");
            return new ModelAndView("redirect:/people/" + id);
        } catch (Refusal refusal) {
            if (refusal.kind() == Refusal.Kind.NOT_FOUND) throw refusal;
            return PersonForms.refused(choose(id, "", PersonForms.errors(refusal, Map.of("merged", "name"))));
        }
    }
}
