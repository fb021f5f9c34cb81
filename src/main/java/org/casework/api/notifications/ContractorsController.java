package org.casework.api.notifications;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.casework.notification.Contractor;
import org.casework.notification.ContractorNotFound;
import org.casework.notification.Contractors;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/contractors")
@Tag(name = "Contractors", description = "Outside firms a process's notify action can tell by key")
class ContractorsController {

    private final Contractors contractors;

    ContractorsController(Contractors contractors) {
        this.contractors = contractors;
    }

    record ContractorRequest(String name, String email, String phone) {}

    @GetMapping
    @PreAuthorize("hasAuthority('cases:read') or hasAuthority('definitions:admin')")
    @Operation(summary = "Every contractor, by name")
    List<Contractor> list() {
        return contractors.list();
    }

    @GetMapping("/{key}")
    @PreAuthorize("hasAuthority('cases:read') or hasAuthority('definitions:admin')")
    @Operation(summary = "A contractor")
    Contractor get(@PathVariable String key) {
        return contractors.find(key).orElseThrow(() -> new ContractorNotFound(key));
    }

    @PutMapping("/{key}")
    @PreAuthorize("hasAuthority('definitions:admin') and hasAuthority('PERMISSION_ADMINISTER')")
    @Operation(summary = "Add the contractor or change its name, email address and mobile number (at least one)")
    ResponseEntity<Contractor> put(@PathVariable String key, @RequestBody ContractorRequest request) {
        var existed = contractors.find(key).isPresent();
        var saved = contractors.save(new Contractor(key, request.name(), request.email(), request.phone()));
        return existed
                ? ResponseEntity.ok(saved)
                : ResponseEntity.created(URI.create("/api/v1/contractors/" + key))
                        .body(saved);
    }
}
