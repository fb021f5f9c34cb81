package org.casework.api.people;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.UUID;
import org.casework.identity.StaffPrincipal;
import org.casework.registry.MergePreview;
import org.casework.registry.People;
import org.casework.registry.PersonId;
import org.casework.registry.PersonInvalid;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A person's links: relationships with other people, the citizen account, and merging two records of one human. */
@RestController
@RequestMapping("/api/v1/people/{id}")
@Tag(name = "People")
class PersonLinksController {

    private final People people;

    PersonLinksController(People people) {
        this.people = people;
    }

    /** {@code type} from the relationship-types list, read from this person's side: "parent" means Parent of other. */
    record RelationshipRequest(String type, UUID other) {}

    record CitizenAccountRequest(UUID citizenAccount) {}

    record MergeRequest(UUID merged) {}

    /** How many of each kind of link would move to the survivor. */
    record MergePreviewResponse(
            PersonResponse.SummaryResponse survivor,
            PersonResponse.SummaryResponse merged,
            int contacts,
            int references,
            int addresses,
            int relationships,
            int previousNames,
            boolean citizenAccount) {

        static MergePreviewResponse from(MergePreview preview) {
            return new MergePreviewResponse(
                    PersonResponse.SummaryResponse.from(preview.survivor()),
                    PersonResponse.SummaryResponse.from(preview.merged()),
                    preview.contacts(),
                    preview.references(),
                    preview.addresses(),
                    preview.relationships(),
                    preview.previousNames(),
                    preview.citizenAccount());
        }
    }

    @PostMapping("/relationships")
    @PreAuthorize("hasAuthority('cases:write')")
    @Operation(
            summary = "Relate the person to another: type from the relationship-types list, read from this side"
                    + " (parent: this person is Parent of other, shown on the other as Child of)")
    ResponseEntity<PersonResponse> relate(
            @PathVariable UUID id, @RequestBody RelationshipRequest request, StaffPrincipal me) {
        var other = request.other() == null ? null : new PersonId(request.other());
        var added = people.relate(new PersonId(id), request.type(), other, me.username());
        return ResponseEntity.created(URI.create("/api/v1/people/" + id + "/relationships/" + added))
                .body(PersonResponse.from(people.get(new PersonId(id))));
    }

    @DeleteMapping("/relationships/{relationship}")
    @PreAuthorize("hasAuthority('cases:write')")
    @Operation(summary = "Remove a relationship, from whichever side it was recorded")
    ResponseEntity<Void> removeRelationship(@PathVariable UUID id, @PathVariable UUID relationship, StaffPrincipal me) {
        people.removeRelationship(new PersonId(id), relationship, me.username());
        return ResponseEntity.noContent().build();
    }

    @PutMapping("/citizen-account")
    @PreAuthorize("hasAuthority('cases:write')")
    @Operation(summary = "Link the citizen's portal account of the same human (one person per account)")
    PersonResponse linkCitizenAccount(
            @PathVariable UUID id, @RequestBody CitizenAccountRequest request, StaffPrincipal me) {
        people.linkCitizenAccount(new PersonId(id), request.citizenAccount(), me.username());
        return PersonResponse.from(people.get(new PersonId(id)));
    }

    @DeleteMapping("/citizen-account")
    @PreAuthorize("hasAuthority('cases:write')")
    @Operation(summary = "Unlink the citizen account")
    ResponseEntity<Void> unlinkCitizenAccount(@PathVariable UUID id, StaffPrincipal me) {
        people.unlinkCitizenAccount(new PersonId(id), me.username());
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/merge-preview")
    @PreAuthorize("hasAuthority('cases:read')")
    @Operation(summary = "What merging the record 'merged' into this one would move")
    MergePreviewResponse mergePreview(@PathVariable UUID id, @RequestParam UUID merged) {
        return MergePreviewResponse.from(people.mergePreview(new PersonId(id), new PersonId(merged)));
    }

    @PostMapping("/merge")
    @PreAuthorize("hasAuthority('cases:write') and hasAuthority('PERMISSION_SUPERVISE')")
    @Operation(
            summary = "Merge the record 'merged' into this one: every link moves here, the merged record stays as a"
                    + " tombstone pointing here. Needs a supervisor (team lead or administrator)")
    PersonResponse merge(@PathVariable UUID id, @RequestBody MergeRequest request, StaffPrincipal me) {
        var merged = request.merged() == null ? null : new PersonId(request.merged());
        if (merged == null) throw new PersonInvalid("merged", "Give the id of the record to merge");
        people.merge(new PersonId(id), merged, me.username());
        return PersonResponse.from(people.get(new PersonId(id)));
    }
}
