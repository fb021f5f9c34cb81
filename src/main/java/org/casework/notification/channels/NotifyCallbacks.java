package org.casework.notification.channels;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.casework.platform.Secrets;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Where GOV.UK Notify sends delivery receipts (its "callback URL"). Notify does not hold an API key of ours: it sends
 * the bearer token the council set in both places ({@code casework.notify.callback-token}), checked here in constant
 * time, so security lets the request through to this one endpoint ({@link NotifyCallbackSecurity}).
 */
@RestController
@Tag(name = "GOV.UK Notify", description = "Delivery receipts from GOV.UK Notify")
@SecurityScheme(
        name = NotifyCallbacks.TOKEN_SCHEME,
        type = SecuritySchemeType.HTTP,
        scheme = "bearer",
        description = "The callback bearer token set both in GOV.UK Notify and in casework.notify.callback-token")
class NotifyCallbacks {

    static final String PATH = "/api/v1/notify/callbacks";
    static final String TOKEN_SCHEME = "notifyCallbackToken";

    private static final String BEARER = "Bearer ";

    private final NotifySettingsSource settings;
    private final NotifyReceipts receipts;
    private final JsonMapper json;

    NotifyCallbacks(NotifySettingsSource settings, NotifyReceipts receipts, JsonMapper json) {
        this.settings = settings;
        this.receipts = receipts;
        this.json = json;
    }

    @PostMapping(path = PATH, consumes = "application/json")
    // Open to the network: the caller proves it is Notify with the callback token, checked below.
    @PreAuthorize("permitAll()")
    @Operation(
            summary = "Take a delivery receipt from GOV.UK Notify",
            description = "Answers 204 for every receipt taken, including repeats and receipts for messages that are"
                    + " not Casework's; 401 without the callback token.",
            security = @SecurityRequirement(name = TOKEN_SCHEME),
            requestBody =
                    @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            content = @Content(schema = @Schema(implementation = DeliveryReceipt.class))),
            responses = {
                @ApiResponse(responseCode = "204", description = "Taken"),
                @ApiResponse(responseCode = "400", description = "Not a delivery receipt"),
                @ApiResponse(responseCode = "401", description = "No callback token, or the wrong one")
            })
    ResponseEntity<?> receive(
            @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization,
            @RequestBody String body) {
        if (!authorised(authorization)) {
            var problem = ProblemDetail.forStatusAndDetail(
                    HttpStatus.UNAUTHORIZED, "Send the callback token in the header 'Authorization: Bearer <token>'.");
            problem.setType(URI.create("https://casework.org/problems/unauthenticated"));
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                    .body(problem);
        }
        DeliveryReceipt receipt;
        try {
            receipt = json.readValue(body, DeliveryReceipt.class);
        } catch (JacksonException e) {
            var problem =
                    ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "The body is not a delivery receipt.");
            problem.setType(URI.create("https://casework.org/problems/malformed-request"));
            return ResponseEntity.badRequest().body(problem);
        }
        receipts.take(receipt);
        return ResponseEntity.noContent().build();
    }

    private boolean authorised(String authorization) {
        var expected = settings.current().callbackToken();
        if (expected == null || expected.isBlank()) return false;
        if (authorization == null || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) return false;
        var given = authorization.substring(BEARER.length()).strip();
        // Comparing hashes takes the same time whatever the tokens' lengths and however much of them matches.
        return MessageDigest.isEqual(bytes(Secrets.sha256(given)), bytes(Secrets.sha256(expected)));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
