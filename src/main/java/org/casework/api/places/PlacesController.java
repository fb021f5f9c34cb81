package org.casework.api.places;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.casework.api.BadRequest;
import org.casework.registry.Places;
import org.casework.registry.Postcode;
import org.casework.registry.Uprn;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/places")
@Tag(name = "Places", description = "The council's places from its gazetteer, by UPRN, postcode, words or distance")
@PreAuthorize("hasAuthority('cases:read') or hasAuthority('definitions:admin')")
class PlacesController {

    private static final int MOST_METRES = 2000;

    private final Places places;

    PlacesController(Places places) {
        this.places = places;
    }

    @GetMapping("/{uprn}")
    @Operation(summary = "A place by UPRN, retired or not (a retired place has retiredOn)")
    PlaceResponse get(@PathVariable String uprn) {
        return PlaceResponse.from(places.get(uprn(uprn)));
    }

    @GetMapping
    @Operation(
            summary = "Current places in a postcode (postcode=, in the order a person reads them: house number, then"
                    + " flat) or whose address has every typed word (q=, up to 50)")
    List<PlaceResponse> find(
            @RequestParam(required = false) String postcode, @RequestParam(required = false) String q) {
        if (postcode != null) {
            var parsed = Postcode.parse(postcode)
                    .orElseThrow(() -> BadRequest.malformed("postcode", "is not a UK postcode"));
            return places.inPostcode(parsed).stream().map(PlaceResponse::from).toList();
        }
        if (q == null || q.isBlank()) throw BadRequest.malformed("postcode", "or q is required");
        return places.search(q, 50).stream().map(PlaceResponse::from).toList();
    }

    @GetMapping("/{uprn}/nearby")
    @Operation(
            summary = "Current places within the distance of the place (metres, up to 2000), nearest first, up to 100")
    List<PlaceResponse> nearby(@PathVariable String uprn, @RequestParam(defaultValue = "100") int metres) {
        if (metres < 1 || metres > MOST_METRES) {
            throw BadRequest.malformed("metres", "must be from 1 to " + MOST_METRES);
        }
        var centre = places.get(uprn(uprn));
        return places.near(centre.uprn(), metres, 100).stream()
                .map(PlaceResponse::from)
                .toList();
    }

    private static Uprn uprn(String text) {
        return Uprn.parse(text).orElseThrow(() -> BadRequest.malformed("uprn", "is not a UPRN (1 to 12 digits)"));
    }
}
