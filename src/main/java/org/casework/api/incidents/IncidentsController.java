package org.casework.api.incidents;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.casework.engine.IncidentView;
import org.casework.engine.Incidents;
import org.casework.identity.StaffPrincipal;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/incidents")
@Tag(name = "Incidents", description = "Background work that failed every attempt")
class IncidentsController {

    private final Incidents incidents;

    IncidentsController(Incidents incidents) {
        this.incidents = incidents;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('definitions:admin') and hasAuthority('PERMISSION_ADMINISTER')")
    @Operation(summary = "Incidents, newest first; status is open or retried")
    List<IncidentView> list(@RequestParam(required = false) String status) {
        return incidents.list(status);
    }

    @PostMapping("/{id}/retry")
    @PreAuthorize("hasAuthority('definitions:admin') and hasAuthority('PERMISSION_ADMINISTER')")
    @Operation(summary = "Run the failed job again now")
    ResponseEntity<Void> retry(@PathVariable UUID id, @AuthenticationPrincipal StaffPrincipal me) {
        incidents.retry(id, me.username());
        return ResponseEntity.accepted().build();
    }
}
