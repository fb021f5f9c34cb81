package org.casework.api.casefile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.casework.casefile.Demand;
import org.casework.casefile.DemandId;
import org.casework.casefile.Demands;
import org.casework.casefile.NewDemand;
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
@RequestMapping("/api/v1/cases/{id}/demands")
@Tag(name = "Case file", description = "Demands, activities (time), follow-ups and system conditions on a case")
class DemandsController {

    private final Demands demands;

    DemandsController(Demands demands) {
        this.demands = demands;
    }

    record DemandRequest(String type, String category, String description) {}

    record DemandResponse(
            UUID id,
            UUID caseId,
            String type,
            String typeLabel,
            String category,
            String categoryLabel,
            String description,
            boolean resolved,
            String recordedBy,
            Instant recordedAt,
            String resolvedBy,
            Instant resolvedAt) {

        static DemandResponse from(Demand demand) {
            return new DemandResponse(
                    demand.id().value(),
                    demand.caseId().value(),
                    demand.type(),
                    demand.typeLabel(),
                    demand.category(),
                    demand.categoryLabel(),
                    demand.description(),
                    demand.resolved(),
                    demand.recordedBy(),
                    demand.recordedAt(),
                    demand.resolvedBy(),
                    demand.resolvedAt());
        }
    }

    @GetMapping
    @PreAuthorize("hasAuthority('cases:read')")
    @Operation(summary = "The problems the case is to address, open ones first")
    List<DemandResponse> list(@PathVariable UUID id, @AuthenticationPrincipal StaffPrincipal me) {
        return demands.of(new CaseId(id), me).stream().map(DemandResponse::from).toList();
    }

    @PostMapping
    @PreAuthorize("hasAuthority('cases:write')")
    @Operation(
            summary = "Record a demand: a type and category from the lookup lists of the case's department, and a"
                    + " description")
    ResponseEntity<DemandResponse> add(
            @PathVariable UUID id, @RequestBody DemandRequest request, @AuthenticationPrincipal StaffPrincipal me) {
        var demand = demands.add(
                new CaseId(id), new NewDemand(request.type(), request.category(), request.description()), me);
        return ResponseEntity.created(URI.create("/api/v1/cases/" + id + "/demands"))
                .body(DemandResponse.from(demand));
    }

    @PostMapping("/{demandId}/resolve")
    @PreAuthorize("hasAuthority('cases:write')")
    @Operation(summary = "Mark the demand resolved; 409 if it already is")
    DemandResponse resolve(
            @PathVariable UUID id, @PathVariable UUID demandId, @AuthenticationPrincipal StaffPrincipal me) {
        return DemandResponse.from(demands.resolve(new CaseId(id), new DemandId(demandId), me));
    }
}
