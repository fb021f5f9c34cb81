package org.casework.registry.web;

import java.util.List;
import java.util.stream.Stream;
import org.casework.identity.StaffPrincipal;
import org.casework.registry.AddressPicker;
import org.casework.registry.Place;
import org.casework.registry.PlaceCase;
import org.casework.registry.PlaceCases;
import org.casework.registry.Places;
import org.casework.registry.Postcode;
import org.casework.registry.Uprn;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Places for any officer: one box that takes a postcode, a UPRN or words of an address, the address picker, and a
 * place's own page with its address, coordinates, the places within it and near it, and the cases at and near it
 * (from whichever module answers {@link PlaceCases}).
 */
@Controller
@PreAuthorize("isAuthenticated()")
class PlacesPage {

    static final int NEARBY_METRES = 100;

    private final Places places;
    private final ObjectProvider<PlaceCases> placeCases;

    PlacesPage(Places places, ObjectProvider<PlaceCases> placeCases) {
        this.places = places;
        this.placeCases = placeCases;
    }

    @GetMapping("/places")
    ModelAndView search(
            @RequestParam(defaultValue = "") String q,
            @RequestParam(defaultValue = "") String postcode,
            @RequestParam(defaultValue = "false") boolean manual) {
        var page = new ModelAndView("registry/places")
                .addObject("section", "places")
                .addObject("q", q)
                .addObject("picker", AddressPicker.lookUp(places, postcode, manual))
                .addObject("results", List.of())
                .addObject("error", null);
        if (q.isBlank()) return page;
        var uprn = Uprn.parse(q);
        if (uprn.isPresent()) {
            if (places.find(uprn.get()).isPresent()) return new ModelAndView("redirect:/places/" + uprn.get());
            return refused(page, "There is no place with UPRN " + uprn.get());
        }
        var asPostcode = Postcode.parse(q);
        var results = asPostcode.isPresent() ? places.inPostcode(asPostcode.get()) : places.search(q, 50);
        return page.addObject("results", results).addObject("searched", true);
    }

    /** The picker's choice: the chosen place's page, or for a typed address a search for its words. */
    @GetMapping("/places/chosen")
    String chosen(
            @RequestParam(defaultValue = "") String uprn,
            @RequestParam(defaultValue = "") String postcode,
            @RequestParam(defaultValue = "") String line1,
            @RequestParam(defaultValue = "") String line2,
            @RequestParam(defaultValue = "") String town) {
        var chosen = Uprn.parse(uprn);
        if (chosen.isPresent()) return "redirect:/places/" + chosen.get();
        var typed = String.join(" ", line1, line2, town, postcode).strip();
        var name = typed.isEmpty() ? "postcode" : "q";
        return "redirect:"
                + UriComponentsBuilder.fromPath("/places")
                        .queryParam(name, "{value}")
                        .buildAndExpand(typed.isEmpty() ? postcode : typed)
                        .encode()
                        .toUriString();
    }

    /** The picker alone, for htmx to swap in after a postcode is typed. */
    @GetMapping("/places/address-picker")
    ModelAndView picker(
            @RequestParam(defaultValue = "") String postcode,
            @RequestParam(defaultValue = "false") boolean manual,
            @RequestParam(defaultValue = "/places") String action) {
        return new ModelAndView("registry/place-fragments :: addressPicker")
                .addObject("picker", AddressPicker.lookUp(places, postcode, manual))
                .addObject("pickerAction", action.startsWith("/") && !action.startsWith("//") ? action : "/places");
    }

    @GetMapping("/places/{uprn}")
    ModelAndView place(@PathVariable String uprn, @AuthenticationPrincipal StaffPrincipal me) {
        var place = Uprn.parse(uprn)
                .flatMap(places::find)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        var within = places.within(place.uprn());
        var nearby = places.near(place.uprn(), NEARBY_METRES, 20);
        var parent = place.parent() == null ? null : places.find(place.parent()).orElse(null);
        var here = Stream.concat(Stream.of(place), within.stream())
                .map(Place::uprn)
                .toList();
        var around = nearby.stream().map(n -> n.place().uprn()).toList();
        return new ModelAndView("registry/place")
                .addObject("section", "places")
                .addObject("place", place)
                .addObject("parent", parent)
                .addObject("within", within)
                .addObject("nearby", nearby)
                .addObject("nearbyMetres", NEARBY_METRES)
                .addObject("casesAnswered", placeCases.stream().findAny().isPresent())
                .addObject("casesHere", cases(here, me))
                .addObject("casesNearby", cases(around, me));
    }

    private List<PlaceCase> cases(List<Uprn> uprns, StaffPrincipal me) {
        if (uprns.isEmpty()) return List.of();
        return placeCases
                .orderedStream()
                .flatMap(source -> source.atPlaces(uprns, me).stream())
                .toList();
    }

    private static ModelAndView refused(ModelAndView page, String error) {
        page.setStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        return page.addObject("error", error);
    }
}
