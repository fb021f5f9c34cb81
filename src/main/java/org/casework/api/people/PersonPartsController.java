package org.casework.api.people;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.UUID;
import org.casework.identity.StaffPrincipal;
import org.casework.registry.NewAddress;
import org.casework.registry.NewContact;
import org.casework.registry.NewReference;
import org.casework.registry.People;
import org.casework.registry.PersonId;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Changing what a person record holds: contact details, references, addresses, names and date of birth. */
@RestController
@RequestMapping("/api/v1/people/{id}")
@Tag(name = "People")
class PersonPartsController {

    private final People people;

    PersonPartsController(People people) {
        this.people = people;
    }

    record EndAddressRequest(String to) {}

    record NameRequest(String givenNames, String familyName, String changedOn) {}

    record DateOfBirthRequest(String dateOfBirth) {}

    @PostMapping("/contacts")
    @PreAuthorize("hasAuthority('cases:write')")
    @Operation(summary = "Add a contact detail: type from the contact-types list, an email address or phone number")
    ResponseEntity<PersonResponse> addContact(
            @PathVariable UUID id, @RequestBody NewContact contact, StaffPrincipal me) {
        var added = people.addContact(new PersonId(id), contact, me.username());
        return created(id, "contacts", added);
    }

    @DeleteMapping("/contacts/{contact}")
    @PreAuthorize("hasAuthority('cases:write')")
    @Operation(summary = "Remove a contact detail")
    ResponseEntity<Void> removeContact(@PathVariable UUID id, @PathVariable UUID contact, StaffPrincipal me) {
        people.removeContact(new PersonId(id), contact, me.username());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/references")
    @PreAuthorize("hasAuthority('cases:write')")
    @Operation(summary = "Add another system's reference: type from the reference-types list")
    ResponseEntity<PersonResponse> addReference(
            @PathVariable UUID id, @RequestBody NewReference reference, StaffPrincipal me) {
        var added = people.addReference(new PersonId(id), reference, me.username());
        return created(id, "references", added);
    }

    @DeleteMapping("/references/{reference}")
    @PreAuthorize("hasAuthority('cases:write')")
    @Operation(summary = "Remove a reference")
    ResponseEntity<Void> removeReference(@PathVariable UUID id, @PathVariable UUID reference, StaffPrincipal me) {
        people.removeReference(new PersonId(id), reference, me.username());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/addresses")
    @PreAuthorize("hasAuthority('cases:write')")
    @Operation(
            summary = "Add an address: a place (uprn, line1 its single-line address, postcode) or typed lines with a"
                    + " postcode; from (yyyy-MM-dd) optional. It becomes the current address, ending the one before")
    ResponseEntity<PersonResponse> addAddress(
            @PathVariable UUID id, @RequestBody NewAddress address, StaffPrincipal me) {
        var added = people.addAddress(new PersonId(id), address, me.username());
        return created(id, "addresses", added);
    }

    @PostMapping("/addresses/{address}/end")
    @PreAuthorize("hasAuthority('cases:write')")
    @Operation(summary = "End an address on the day (to, yyyy-MM-dd) the person moved out")
    PersonResponse endAddress(
            @PathVariable UUID id,
            @PathVariable UUID address,
            @RequestBody EndAddressRequest request,
            StaffPrincipal me) {
        people.endAddress(new PersonId(id), address, request.to(), me.username());
        return PersonResponse.from(people.get(new PersonId(id)));
    }

    @DeleteMapping("/addresses/{address}")
    @PreAuthorize("hasAuthority('cases:write')")
    @Operation(summary = "Remove an address entered by mistake")
    ResponseEntity<Void> removeAddress(@PathVariable UUID id, @PathVariable UUID address, StaffPrincipal me) {
        people.removeAddress(new PersonId(id), address, me.username());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/previous-names")
    @PreAuthorize("hasAuthority('cases:write')")
    @Operation(summary = "Record a name the person was known by before, and the day (changedOn) it changed")
    PersonResponse addPreviousName(@PathVariable UUID id, @RequestBody NameRequest request, StaffPrincipal me) {
        people.addPreviousName(
                new PersonId(id), request.givenNames(), request.familyName(), request.changedOn(), me.username());
        return PersonResponse.from(people.get(new PersonId(id)));
    }

    @PutMapping("/name")
    @PreAuthorize("hasAuthority('cases:write')")
    @Operation(summary = "Change the name; the one the person had is kept as a previous name, changed on changedOn")
    PersonResponse changeName(@PathVariable UUID id, @RequestBody NameRequest request, StaffPrincipal me) {
        people.changeName(
                new PersonId(id), request.givenNames(), request.familyName(), request.changedOn(), me.username());
        return PersonResponse.from(people.get(new PersonId(id)));
    }

    @PutMapping("/date-of-birth")
    @PreAuthorize("hasAuthority('cases:write')")
    @Operation(summary = "Correct the date of birth (yyyy-MM-dd; null when not known)")
    PersonResponse changeDateOfBirth(
            @PathVariable UUID id, @RequestBody DateOfBirthRequest request, StaffPrincipal me) {
        people.changeDateOfBirth(new PersonId(id), request.dateOfBirth(), me.username());
        return PersonResponse.from(people.get(new PersonId(id)));
    }

    private ResponseEntity<PersonResponse> created(UUID id, String part, UUID added) {
        return ResponseEntity.created(URI.create("/api/v1/people/" + id + "/" + part + "/" + added))
                .body(PersonResponse.from(people.get(new PersonId(id))));
    }
}
