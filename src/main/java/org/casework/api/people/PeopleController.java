package org.casework.api.people;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.casework.identity.StaffPrincipal;
import org.casework.registry.LikelyDuplicate;
import org.casework.registry.LikelyDuplicates;
import org.casework.registry.NewAddress;
import org.casework.registry.NewContact;
import org.casework.registry.NewPerson;
import org.casework.registry.NewReference;
import org.casework.registry.People;
import org.casework.registry.PersonCriteria;
import org.casework.registry.PersonEvent;
import org.casework.registry.PersonId;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The person register: adding people (a likely duplicate answers 409 with the people it may be, unless
 * {@code confirmNotDuplicate}), reading, searching and the audit trail. Changing what a record holds is in
 * {@link PersonPartsController}; linking and merging in {@link PersonLinksController}.
 */
@RestController
@RequestMapping("/api/v1/people")
@Tag(name = "People", description = "The person register: people, their contact details, addresses and relationships")
class PeopleController {

    private final People people;

    PeopleController(People people) {
        this.people = people;
    }

    record NewPersonRequest(
            String givenNames,
            String familyName,
            String dateOfBirth,
            List<NewContact> contacts,
            List<NewReference> references,
            NewAddress address,
            Boolean confirmNotDuplicate) {

        boolean confirmed() {
            return Boolean.TRUE.equals(confirmNotDuplicate);
        }

        NewPerson person() {
            return new NewPerson(givenNames, familyName, dateOfBirth, contacts, references, address);
        }
    }

    record DuplicateResponse(PersonResponse.SummaryResponse person, List<String> reasons) {
        static DuplicateResponse from(LikelyDuplicate duplicate) {
            return new DuplicateResponse(PersonResponse.SummaryResponse.from(duplicate.person()), duplicate.reasons());
        }
    }

    record SearchResponse(List<PersonResponse.SummaryResponse> people, boolean more) {}

    @PostMapping
    @PreAuthorize("hasAuthority('cases:write')")
    @Operation(
            summary = "Add a person; 409 listing the likely duplicates (same date of birth and a similar name, or the"
                    + " same email, phone or reference) unless confirmNotDuplicate is true")
    ResponseEntity<PersonResponse> add(@RequestBody NewPersonRequest request, StaffPrincipal me) {
        var id = people.add(request.person(), request.confirmed(), me.username());
        return ResponseEntity.created(URI.create("/api/v1/people/" + id)).body(PersonResponse.from(people.get(id)));
    }

    @PostMapping("/likely-duplicates")
    @PreAuthorize("hasAuthority('cases:read')")
    @Operation(summary = "Who on the register may be this person, without adding them")
    List<DuplicateResponse> likelyDuplicates(@RequestBody NewPersonRequest request) {
        return people.likelyDuplicates(request.person()).stream()
                .map(DuplicateResponse::from)
                .toList();
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('cases:read')")
    @Operation(summary = "A person; a record merged into another has mergedInto set")
    PersonResponse get(@PathVariable UUID id) {
        return PersonResponse.from(people.get(new PersonId(id)));
    }

    @GetMapping
    @PreAuthorize("hasAuthority('cases:read')")
    @Operation(
            summary = "Search: name (prefix, accents, case and sound: Smyth finds Smith), dateOfBirth (yyyy-MM-dd),"
                    + " reference, contact (email or phone in any spacing), postcode (any address, current first);"
                    + " every part given must match. At most 50, best first; more says there were others")
    SearchResponse search(
            @RequestParam(required = false) String name,
            @RequestParam(required = false) String dateOfBirth,
            @RequestParam(required = false) String reference,
            @RequestParam(required = false) String contact,
            @RequestParam(required = false) String postcode) {
        var found = people.search(new PersonCriteria(name, dateOfBirth, reference, contact, postcode));
        return new SearchResponse(
                found.people().stream()
                        .map(PersonResponse.SummaryResponse::from)
                        .toList(),
                found.more());
    }

    @GetMapping("/{id}/history")
    @PreAuthorize("hasAuthority('cases:read')")
    @Operation(summary = "The person record's audit trail, newest first: created, changed, merged")
    List<PersonEvent> history(@PathVariable UUID id) {
        var person = people.get(new PersonId(id));
        return people.history(person.id());
    }

    /** A likely duplicate answers 409 with the people the new one may be, so the caller can choose. */
    @ExceptionHandler
    ResponseEntity<ProblemDetail> likelyDuplicates(LikelyDuplicates e) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setType(URI.create("https://casework.org/problems/likely-duplicate"));
        problem.setTitle(HttpStatus.CONFLICT.getReasonPhrase());
        problem.setProperty(
                "errors",
                e.problems().stream()
                        .map(p -> new org.casework.api.FieldError(p.field(), p.reason()))
                        .toList());
        problem.setProperty(
                "duplicates", e.matches().stream().map(DuplicateResponse::from).toList());
        return ResponseEntity.status(HttpStatus.CONFLICT)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}
