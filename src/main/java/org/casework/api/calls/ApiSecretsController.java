package org.casework.api.calls;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.casework.engine.ApiSecret;
import org.casework.engine.ApiSecrets;
import org.casework.identity.StaffPrincipal;
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

/** The secrets API steps send, by name; a value goes in and never comes out again. */
@RestController
@RequestMapping("/api/v1/api-secrets")
@Tag(name = "API secrets", description = "Secrets that API steps send to other systems, write-only")
@PreAuthorize("hasAuthority('definitions:admin') and hasAuthority('PERMISSION_ADMINISTER')")
class ApiSecretsController {

    /** The value to store. */
    record SecretValue(String value) {}

    private final ApiSecrets secrets;

    ApiSecretsController(ApiSecrets secrets) {
        this.secrets = secrets;
    }

    @GetMapping
    @Operation(summary = "The stored secrets' names and who set them last; never their values")
    List<ApiSecret> list() {
        return secrets.list();
    }

    @PutMapping("/{name}")
    @Operation(summary = "Store a secret, replacing its value if it exists: 201 new, 204 replaced")
    ResponseEntity<Void> set(
            @PathVariable String name, @RequestBody SecretValue body, @AuthenticationPrincipal StaffPrincipal me) {
        var created = secrets.set(name, body.value(), me.username());
        return created
                ? ResponseEntity.status(201).build()
                : ResponseEntity.noContent().build();
    }

    @DeleteMapping("/{name}")
    @Operation(summary = "Remove a secret; steps sending it fail into an incident until it is set again")
    ResponseEntity<Void> remove(@PathVariable String name) {
        secrets.remove(name);
        return ResponseEntity.noContent().build();
    }
}
