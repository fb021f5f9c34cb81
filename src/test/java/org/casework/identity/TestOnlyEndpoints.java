package org.casework.identity;

import io.swagger.v3.oas.annotations.Hidden;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Endpoints that exist only in tests, to see the API's security from the outside; hidden from the OpenAPI document. */
@Hidden
@RestController
@RequestMapping("/api/v1/test-only/identity")
class TestOnlyEndpoints {

    @GetMapping("/me")
    @PreAuthorize("isAuthenticated()")
    public StaffPrincipal me(StaffPrincipal staff) {
        return staff;
    }

    @PostMapping("/case-changes")
    @PreAuthorize("hasAuthority('cases:write')")
    public ResponseEntity<Void> changeACase() {
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/supervision")
    @PreAuthorize("hasAuthority('PERMISSION_SUPERVISE')")
    public ResponseEntity<Void> supervise() {
        return ResponseEntity.noContent().build();
    }
}
