package org.casework.portal.web;

import java.util.Map;
import org.casework.identity.CitizenAccount;
import org.casework.identity.CitizenAddress;
import org.casework.identity.CitizenChanged;
import org.casework.identity.CitizenProfile;
import org.casework.identity.Citizens;
import org.casework.registry.AddressPicker;
import org.casework.registry.Place;
import org.casework.registry.Places;
import org.casework.registry.Uprn;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A citizen finds their address by postcode among the council's places (GOV.UK's "find an address" pattern) and it
 * becomes the address on their account, with its UPRN; one not in the list is typed on the account page instead.
 */
@Controller
@PreAuthorize("hasRole('CITIZEN')")
class FindYourAddressPage {

    private static final String PATH = "/portal/account/address";

    private final Places places;
    private final Citizens citizens;

    FindYourAddressPage(Places places, Citizens citizens) {
        this.places = places;
        this.citizens = citizens;
    }

    @GetMapping(PATH)
    ModelAndView find(
            @RequestParam(defaultValue = "") String postcode, @RequestParam(defaultValue = "false") boolean manual) {
        if (manual) return new ModelAndView("redirect:/portal/account#line1");
        return page(AddressPicker.lookUp(places, postcode, false), Map.of());
    }

    @PostMapping(PATH)
    ModelAndView choose(
            CitizenAccount citizen,
            @RequestParam(defaultValue = "") String postcode,
            @RequestParam(defaultValue = "") String uprn,
            RedirectAttributes flash) {
        var place = Uprn.parse(uprn).flatMap(places::find).filter(found -> !found.isRetired());
        if (place.isEmpty()) {
            var page = page(AddressPicker.lookUp(places, postcode, false), Map.of("uprn", "Select your address"));
            page.setStatus(HttpStatus.UNPROCESSABLE_CONTENT);
            return page;
        }
        try {
            citizens.update(citizen.id(), withAddress(citizen, address(place.get())), citizen.version());
        } catch (CitizenChanged changed) {
            // The account changed in another tab meanwhile: show it as it is now, unchanged by this choice.
            return new ModelAndView("redirect:/portal/account");
        }
        flash.addFlashAttribute(
                "success", "Your address is saved: " + place.get().singleLine());
        return new ModelAndView("redirect:/portal/account");
    }

    /** The place as the lines of a postal address: the flat and building, then the street, then the town. */
    static CitizenAddress address(Place place) {
        return new CitizenAddress(
                place.firstLine(),
                place.locality(),
                place.town(),
                place.postcode(),
                place.uprn().value());
    }

    private static CitizenProfile withAddress(CitizenAccount citizen, CitizenAddress address) {
        return new CitizenProfile(
                citizen.givenName(),
                citizen.familyName(),
                citizen.dateOfBirth(),
                citizen.mobile(),
                address,
                citizen.notifyBy(),
                citizen.twoFactor());
    }

    private static ModelAndView page(AddressPicker picker, Map<String, String> problems) {
        return new ModelAndView("portal/find-address")
                .addObject("section", "account")
                .addObject("picker", picker)
                .addObject("pickerAction", PATH)
                .addObject("problems", problems);
    }
}
