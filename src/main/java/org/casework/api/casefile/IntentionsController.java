package org.casework.api.casefile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.casework.casefile.Intention;
import org.casework.casefile.IntentionId;
import org.casework.casefile.Intentions;
import org.casework.casefile.NewIntention;
import org.casework.engine.CaseId;
import org.casework.identity.StaffPrincipal;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/cases/{id}/intentions")
@Tag(name = "Case file")
class IntentionsController {

    private final Intentions intentions;

    IntentionsController(Intentions intentions) {
        this.intentions = intentions;
    }

    /** {@code owner} is the username of a staff member who can see the case. */
    record IntentionRequest(String type, String description, LocalDate dueOn, String owner) {}

    record IntentionResponse(
            UUID id,
            UUID caseId,
            String caseReference,
            String type,
            String typeLabel,
            String description,
            LocalDate dueOn,
            String owner,
            String state,
            String recordedBy,
            Instant recordedAt,
            String closedBy,
            Instant closedAt) {

        static IntentionResponse from(Intention intention) {
            return new IntentionResponse(
                    intention.id().value(),
                    intention.caseId().value(),
                    intention.caseReference(),
                    intention.type(),
                    intention.typeLabel(),
                    intention.description(),
                    intention.dueOn(),
                    intention.owner(),
                    intention.state().value(),
                    intention.recordedBy(),
                    intention.recordedAt(),
                    intention.closedBy(),
                    intention.closedAt());
        }
    }

    @GetMapping
    @PreAuthorize("hasAuthority('cases:read')")
    @Operation(summary = "The follow-ups promised on the case, open ones first, soonest due first")
    List<IntentionResponse> list(@PathVariable UUID id, @AuthenticationPrincipal StaffPrincipal me) {
        return intentions.of(new CaseId(id), me).stream()
                .map(IntentionResponse::from)
                .toList();
    }

    @PostMapping
    @PreAuthorize("hasAuthority('cases:write')")
    @Operation(
            summary = "Promise a follow-up: a type of the case's department, what, a due day and an owner, who sees it"
                    + " on My tasks until it is done")
    ResponseEntity<IntentionResponse> add(
            @PathVariable UUID id, @RequestBody IntentionRequest request, @AuthenticationPrincipal StaffPrincipal me) {
        var intention = intentions.add(
                new CaseId(id),
                new NewIntention(request.type(), request.description(), request.dueOn(), request.owner()),
                me);
        return ResponseEntity.created(URI.create("/api/v1/cases/" + id + "/intentions"))
                .body(IntentionResponse.from(intention));
    }

    @PostMapping("/{intentionId}/done")
    @PreAuthorize("hasAuthority('cases:write')")
    @Operation(summary = "Mark the follow-up done; 409 once it is done or cancelled")
    IntentionResponse done(
            @PathVariable UUID id, @PathVariable UUID intentionId, @AuthenticationPrincipal StaffPrincipal me) {
        return IntentionResponse.from(intentions.done(new CaseId(id), new IntentionId(intentionId), me));
    }

    @PostMapping("/{intentionId}/cancel")
    @PreAuthorize("hasAuthority('cases:write')")
    @Operation(summary = "Cancel the follow-up; 409 once it is done or cancelled")
    IntentionResponse cancel(
            @PathVariable UUID id, @PathVariable UUID intentionId, @AuthenticationPrincipal StaffPrincipal me) {
        return IntentionResponse.from(intentions.cancel(new CaseId(id), new IntentionId(intentionId), me));
    }
}
