package org.casework.registry.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.casework.identity.StaffPrincipal;
import org.casework.platform.Refusal;
import org.casework.registry.LikelyDuplicates;
import org.casework.registry.NewAddress;
import org.casework.registry.NewContact;
import org.casework.registry.NewPerson;
import org.casework.registry.People;
import org.casework.registry.PersonCriteria;
import org.casework.registry.web.PersonForms.DateBoxes;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Finding people on the register, and adding someone (warned first when they may be on it already). */
@Controller
@PreAuthorize("isAuthenticated()")
class PeoplePage {

    private final People people;

    PeoplePage(People people) {
        this.people = people;
    }

    @GetMapping("/people")
    ModelAndView search(
            @RequestParam(defaultValue = "") String name,
            @RequestParam(name = "dateOfBirth-day", defaultValue = "") String day,
            @RequestParam(name = "dateOfBirth-month", defaultValue = "") String month,
            @RequestParam(name = "dateOfBirth-year", defaultValue = "") String year,
            @RequestParam(defaultValue = "") String reference,
            @RequestParam(defaultValue = "") String contact,
            @RequestParam(defaultValue = "") String postcode) {
        var born = new DateBoxes(day, month, year);
        var criteria = new PersonCriteria(name, born.answer(), reference, contact, postcode);
        var page = new ModelAndView("registry/people")
                .addObject("section", "people")
                .addObject("criteria", criteria)
                .addObject("born", born)
                .addObject("searched", !criteria.isEmpty())
                .addObject("errors", Map.of());
        try {
            return page.addObject("found", people.search(criteria));
        } catch (Refusal refusal) {
            return PersonForms.refused(
                    page.addObject("errors", PersonForms.errors(refusal)).addObject("searched", false));
        }
    }

    /** What the Add a person form holds, as typed. */
    record NewPersonForm(
            String givenNames,
            String familyName,
            String day,
            String month,
            String year,
            String email,
            String phone,
            String line1,
            String line2,
            String town,
            String postcode) {

        static final NewPersonForm EMPTY = new NewPersonForm("", "", "", "", "", "", "", "", "", "", "");

        DateBoxes born() {
            return new DateBoxes(day, month, year);
        }
    }

    @GetMapping("/people/new")
    ModelAndView blank() {
        return form(NewPersonForm.EMPTY, Map.of(), List.of());
    }

    @PostMapping("/people/new")
    ModelAndView add(
            @ModelAttribute NewPersonForm form,
            @RequestParam(name = "dateOfBirth-day", defaultValue = "") String day,
            @RequestParam(name = "dateOfBirth-month", defaultValue = "") String month,
            @RequestParam(name = "dateOfBirth-year", defaultValue = "") String year,
            @RequestParam(defaultValue = "false") boolean confirmNotDuplicate,
            StaffPrincipal me,
            RedirectAttributes flash) {
        var typed = new NewPersonForm(
                form.givenNames(),
                form.familyName(),
                day,
                month,
                year,
                form.email(),
                form.phone(),
                form.line1(),
                form.line2(),
                form.town(),
                form.postcode());
        var contacts = new ArrayList<NewContact>();
        var renamed = new HashMap<String, String>();
        renamed.put("dateOfBirth", "dateOfBirth");
        if (!blank(typed.email())) {
            renamed.put("contacts[" + contacts.size() + "].value", "email");
            contacts.add(new NewContact("email", typed.email()));
        }
        if (!blank(typed.phone())) {
            renamed.put("contacts[" + contacts.size() + "].value", "phone");
            contacts.add(new NewContact("mobile", typed.phone()));
        }
        NewAddress address = null;
        if (!blank(typed.line1()) || !blank(typed.postcode())) {
            address = new NewAddress(null, typed.line1(), typed.line2(), typed.town(), typed.postcode(), null);
            List.of("line1", "line2", "town", "postcode").forEach(field -> renamed.put("address." + field, field));
        }
        var person = new NewPerson(
                typed.givenNames(), typed.familyName(), typed.born().answer(), contacts, List.of(), address);
        try {
            var id = people.add(person, confirmNotDuplicate, me.username());
            flash.addFlashAttribute("success", people.get(id).name() + " added to the register");
            return new ModelAndView("redirect:/people/" + id);
        } catch (LikelyDuplicates duplicates) {
            return form(typed, Map.of(), duplicates.matches());
        } catch (Refusal refusal) {
            return PersonForms.refused(form(typed, PersonForms.errors(refusal, renamed), List.of()));
        }
    }

    private ModelAndView form(NewPersonForm form, Map<String, String> errors, List<?> duplicates) {
        return new ModelAndView("registry/people-new")
                .addObject("section", "people")
                .addObject("form", form)
                .addObject("born", form.born())
                .addObject("duplicates", duplicates)
                .addObject("errors", errors);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
