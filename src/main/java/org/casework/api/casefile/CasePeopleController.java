package org.casework.api.casefile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.casework.api.BadRequest;
import org.casework.casefile.CasePeople;
import org.casework.casefile.CasePerson;
import org.casework.engine.CaseId;
import org.casework.engine.Cases;
import org.casework.identity.StaffPrincipal;
import org.casework.registry.PersonId;
import org.casework.work.CaseAccess;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/cases/{id}/people")
@Tag(name = "Case people", description = "The people a case is about, each in a role from the case-roles list")
class CasePeopleController {

    private final CasePeople people;
    private final Cases cases;
    private final CaseAccess access;

    CasePeopleController(CasePeople people, Cases cases, CaseAccess access) {
        this.people = people;
        this.cases = cases;
        this.access = access;
    }

    record CasePersonResponse(UUID person, String role, boolean main, String addedBy, Instant addedAt) {
        static CasePersonResponse from(CasePerson person) {
            return new CasePersonResponse(
                    person.person().value(), person.role(), person.main(), person.addedBy(), person.addedAt());
        }
    }

    record AddPerson(UUID person, String role, Boolean main) {}

    @GetMapping
    @PreAuthorize("hasAuthority('cases:read')")
    @Operation(summary = "The case's people, the main person first")
    List<CasePersonResponse> list(@PathVariable UUID id, @AuthenticationPrincipal StaffPrincipal me) {
        var view = access.require(cases.get(new CaseId(id)), me);
        return people.of(view.id()).stream().map(CasePersonResponse::from).toList();
    }

    @PostMapping
    @PreAuthorize("hasAuthority('cases:write')")
    @Operation(
            summary = "Put a person from the registry on the case in a role; the first person, or one added with"
                    + " main true, is the case's main person")
    ResponseEntity<CasePersonResponse> add(
            @PathVariable UUID id, @RequestBody AddPerson request, @AuthenticationPrincipal StaffPrincipal me) {
        var view = access.require(cases.get(new CaseId(id)), me);
        if (request.person() == null) throw BadRequest.unprocessable("person", "is required: a person's id");
        var added = people.add(
                view.id(),
                new PersonId(request.person()),
                request.role(),
                Boolean.TRUE.equals(request.main()),
                me.username());
        return ResponseEntity.created(URI.create("/api/v1/cases/" + id + "/people"))
                .body(CasePersonResponse.from(added));
    }

    @DeleteMapping("/{person}/{role}")
    @PreAuthorize("hasAuthority('cases:write')")
    @Operation(summary = "Take a person's role off the case")
    ResponseEntity<Void> remove(
            @PathVariable UUID id,
            @PathVariable UUID person,
            @PathVariable String role,
            @AuthenticationPrincipal StaffPrincipal me) {
        var view = access.require(cases.get(new CaseId(id)), me);
        people.remove(view.id(), new PersonId(person), role, me.username());
        return ResponseEntity.noContent().build();
    }
}
