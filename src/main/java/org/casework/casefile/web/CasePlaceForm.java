package org.casework.casefile.web;

import org.casework.casefile.CasePlaces;
import org.casework.engine.CaseView;
import org.casework.platform.Refusal;
import org.casework.registry.AddressPicker;
import org.casework.registry.Places;
import org.casework.registry.Uprn;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

/** The place part of the case's people-and-place page: the address now, and the picker that finds another. */
@Component
class CasePlaceForm {

    private final CasePlaces casePlaces;
    private final Places places;

    CasePlaceForm(CasePlaces casePlaces, Places places) {
        this.casePlaces = casePlaces;
        this.places = places;
    }

    /** Adds what the page shows of the place: the address now (or null) and the picker as typed. */
    ModelAndView addTo(ModelAndView page, CaseView view, String postcode, boolean manual) {
        return page.addObject(
                        "place", casePlaces.of(view.id()).flatMap(places::find).orElse(null))
                .addObject("picker", AddressPicker.lookUp(places, postcode, manual))
                .addObject("pickerAction", "/cases/" + view.reference() + "/people");
    }

    /** Sets the chosen address; the reason it cannot be, for the error summary, or null once set. */
    String set(CaseView view, String uprn, boolean manual, String by) {
        if (manual) return "A case's place must be an address in the gazetteer: note any other address in its details";
        var chosen = Uprn.parse(uprn);
        if (chosen.isEmpty()) return "Select an address";
        try {
            casePlaces.set(view.id(), chosen.get(), by);
            return null;
        } catch (Refusal refusal) {
            return refusal.reasonFor("uprn");
        }
    }

    void clear(CaseView view, String by) {
        casePlaces.clear(view.id(), by);
    }
}
