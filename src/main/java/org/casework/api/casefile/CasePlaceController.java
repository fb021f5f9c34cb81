package org.casework.api.casefile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.casework.api.BadRequest;
import org.casework.casefile.CasePlaces;
import org.casework.engine.CaseId;
import org.casework.engine.Cases;
import org.casework.identity.StaffPrincipal;
import org.casework.registry.Places;
import org.casework.registry.Uprn;
import org.casework.work.CaseAccess;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/cases/{id}/place")
@Tag(name = "Case place", description = "The address a case is about, from the council's gazetteer")
class CasePlaceController {

    private final CasePlaces casePlaces;
    private final Places places;
    private final Cases cases;
    private final CaseAccess access;

    CasePlaceController(CasePlaces casePlaces, Places places, Cases cases, CaseAccess access) {
        this.casePlaces = casePlaces;
        this.places = places;
        this.cases = cases;
        this.access = access;
    }

    record CasePlaceResponse(String uprn, String address, String postcode) {}

    record SetPlace(String uprn) {}

    @GetMapping
    @PreAuthorize("hasAuthority('cases:read')")
    @Operation(summary = "The case's place; 204 when it has none")
    ResponseEntity<CasePlaceResponse> get(@PathVariable UUID id, @AuthenticationPrincipal StaffPrincipal me) {
        var view = access.require(cases.get(new CaseId(id)), me);
        return casePlaces
                .of(view.id())
                .flatMap(places::find)
                .map(place -> ResponseEntity.ok(
                        new CasePlaceResponse(place.uprn().toString(), place.singleLine(), place.postcode())))
                .orElseGet(() -> ResponseEntity.noContent().build());
    }

    @PutMapping
    @PreAuthorize("hasAuthority('cases:write')")
    @Operation(summary = "Put the case at an address of the gazetteer, by UPRN")
    CasePlaceResponse set(
            @PathVariable UUID id, @RequestBody SetPlace request, @AuthenticationPrincipal StaffPrincipal me) {
        var view = access.require(cases.get(new CaseId(id)), me);
        var uprn = Uprn.parse(request.uprn() == null ? "" : request.uprn())
                .orElseThrow(() -> BadRequest.unprocessable("uprn", "must be a UPRN: up to 12 digits"));
        casePlaces.set(view.id(), uprn, me.username());
        var place = places.get(uprn);
        return new CasePlaceResponse(place.uprn().toString(), place.singleLine(), place.postcode());
    }

    @DeleteMapping
    @PreAuthorize("hasAuthority('cases:write')")
    @Operation(summary = "Take the case's place off it")
    ResponseEntity<Void> clear(@PathVariable UUID id, @AuthenticationPrincipal StaffPrincipal me) {
        var view = access.require(cases.get(new CaseId(id)), me);
        casePlaces.clear(view.id(), me.username());
        return ResponseEntity.noContent().build();
    }
}
