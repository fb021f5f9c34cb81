package org.casework.api.calls;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.casework.engine.ApiCallbacks;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Where other systems answer an API step that waits for a callback. No API key: the one-time token in the address,
 * which only the call carried, is the credential (see {@link CallbackSecurity}), and {@link ApiCallbacks} checks it.
 */
@RestController
@Tag(name = "Callbacks", description = "Answers from other systems to API steps that wait for them")
class CallbacksController {

    static final String PATH = "/api/v1/callbacks/{token}";

    private final ApiCallbacks callbacks;

    CallbacksController(ApiCallbacks callbacks) {
        this.callbacks = callbacks;
    }

    @PostMapping(PATH)
    @PreAuthorize("permitAll()")
    @Operation(
            summary = "Answer an API step with JSON; 204 taken, 404 unknown address, 409 already used or case moved on,"
                    + " 422 not JSON or values that do not fit")
    ResponseEntity<Void> answer(@PathVariable String token, @RequestBody(required = false) String body) {
        callbacks.answer(token, body);
        return ResponseEntity.noContent().build();
    }
}
