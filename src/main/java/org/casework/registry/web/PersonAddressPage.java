package org.casework.registry.web;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.casework.identity.StaffPrincipal;
import org.casework.platform.Refusal;
import org.casework.registry.AddressPicker;
import org.casework.registry.NewAddress;
import org.casework.registry.People;
import org.casework.registry.PersonId;
import org.casework.registry.Places;
import org.casework.registry.Uprn;
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
 * Adding an address to a person: found by postcode among the council's places (kept with its UPRN), or typed when it
 * is not there ("I cannot find the address in the list").
 */
@Controller
@PreAuthorize("isAuthenticated()")
class PersonAddressPage {

    private static final String PATH = "/people/{id}/addresses/new";

    private final People people;
    private final Places places;

    PersonAddressPage(People people, Places places) {
        this.people = people;
        this.places = places;
    }

    @GetMapping(PATH)
    ModelAndView form(
            @PathVariable UUID id,
            @RequestParam(defaultValue = "") String postcode,
            @RequestParam(defaultValue = "false") boolean manual) {
        var typed = typed("", "", "", manual ? postcode : "", DateBoxes.EMPTY);
        return page(id, AddressPicker.lookUp(places, postcode, manual), typed, Map.of());
    }

    @PostMapping(PATH)
    ModelAndView add(
            @PathVariable UUID id,
            @RequestParam(defaultValue = "false") boolean manual,
            @RequestParam(defaultValue = "") String uprn,
            @RequestParam(defaultValue = "") String line1,
            @RequestParam(defaultValue = "") String line2,
            @RequestParam(defaultValue = "") String town,
            @RequestParam(defaultValue = "") String postcode,
            @RequestParam(name = "from-day", defaultValue = "") String day,
            @RequestParam(name = "from-month", defaultValue = "") String month,
            @RequestParam(name = "from-year", defaultValue = "") String year,
            StaffPrincipal me,
            RedirectAttributes flash) {
        var from = new DateBoxes(day, month, year);
        var typed = typed(line1, line2, town, postcode, from);
        var picker = AddressPicker.lookUp(places, postcode, manual);
        NewAddress address;
        if (manual) {
            address = new NewAddress(null, line1, line2, town, postcode, from.answer());
        } else {
            var place = Uprn.parse(uprn).flatMap(places::find).filter(found -> !found.isRetired());
            if (place.isEmpty())
                return PersonForms.refused(page(id, picker, typed, Map.of("uprn", "Select an address")));
            address = NewAddress.place(
                    place.get().uprn().value(),
                    place.get().singleLine(),
                    place.get().postcode(),
                    from.answer());
        }
        try {
            people.addAddress(new PersonId(id), address, me.username());
            flash.addFlashAttribute("success", "Address added");
            return new ModelAndView("redirect:/people/" + id);
        } catch (Refusal refusal) {
            if (refusal.kind() == Refusal.Kind.NOT_FOUND) throw refusal;
            return PersonForms.refused(page(id, picker, typed, PersonForms.errors(refusal)));
        }
    }

    private static Map<String, Object> typed(String line1, String line2, String town, String postcode, DateBoxes from) {
        var typed = new HashMap<String, Object>();
        typed.put("line1", line1);
        typed.put("line2", line2);
        typed.put("town", town);
        typed.put("postcode", postcode);
        typed.put("from", from);
        return typed;
    }

    private ModelAndView page(UUID id, AddressPicker picker, Map<String, Object> typed, Map<String, String> errors) {
        return new ModelAndView("registry/person-address")
                .addObject("section", "people")
                .addObject("person", people.get(new PersonId(id)))
                .addObject("picker", picker)
                .addObject("pickerAction", "/people/" + id + "/addresses/new")
                .addObject("typed", typed)
                .addObject("errors", errors);
    }
}
