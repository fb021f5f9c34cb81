package org.casework.api.notifications;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.casework.api.BadRequest;
import org.casework.notification.ChannelKind;
import org.casework.notification.TestMessages;
import org.casework.notification.WebhookEndpoint;
import org.casework.notification.WebhookRefused;
import org.casework.notification.Webhooks;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The webhook endpoints a process's webhook actions name by key. An endpoint's signing secret is given once, in the
 * answer to registering it (when Casework made it), and never again.
 */
@RestController
@RequestMapping("/api/v1/webhooks")
@Tag(name = "Webhooks", description = "Register, list and deactivate webhook endpoints; send them a test message")
class WebhookEndpointsController {

    private static final String ADMIN = "hasAuthority('definitions:admin') and hasAuthority('PERMISSION_ADMINISTER')";

    private final Webhooks webhooks;
    private final TestMessages testMessages;

    WebhookEndpointsController(Webhooks webhooks, TestMessages testMessages) {
        this.webhooks = webhooks;
        this.testMessages = testMessages;
    }

    @Schema(description = "A webhook endpoint, without its secret")
    record EndpointResponse(String key, String url, boolean active, Instant createdAt, Instant updatedAt) {
        static EndpointResponse from(WebhookEndpoint endpoint) {
            return new EndpointResponse(
                    endpoint.key(), endpoint.url(), endpoint.active(), endpoint.createdAt(), endpoint.updatedAt());
        }
    }

    @Schema(description = "An endpoint to register, or to give a new address and secret")
    record RegisterRequest(
            @Schema(description = "Lower-case letters, digits and hyphens; what a webhook action names")
            String key,

            @Schema(description = "https (http only to localhost)")
            String url,

            @Schema(
                    description = "Leave out to have Casework make one (whsec_ and 32 random bytes in base64);"
                            + " otherwise whsec_ and base64, or any text of 24 characters or more")
            String secret) {}

    @Schema(description = "The registered endpoint; secret only when Casework made it, and only this once")
    record Registered(String key, String url, boolean active, Instant createdAt, Instant updatedAt, String secret) {}

    @GetMapping
    @PreAuthorize(ADMIN)
    @Operation(summary = "Every webhook endpoint, by key, without secrets")
    List<EndpointResponse> list() {
        return webhooks.list().stream().map(EndpointResponse::from).toList();
    }

    @PostMapping
    @PreAuthorize(ADMIN)
    @Operation(
            summary = "Register an endpoint, or give an existing key a new address and secret (and make it active)",
            description = "201 for a new key, 200 for one replaced. 422 names the field at fault.",
            responses = {
                @ApiResponse(responseCode = "201", description = "Registered"),
                @ApiResponse(responseCode = "200", description = "Replaced"),
                @ApiResponse(responseCode = "422", description = "A key, address or secret that will not do")
            })
    ResponseEntity<Registered> register(@RequestBody RegisterRequest request) {
        var made = request.secret() == null || request.secret().isEmpty();
        var secret = made ? webhooks.newSecret() : request.secret();
        var existed = request.key() != null
                && webhooks.list().stream().anyMatch(e -> e.key().equals(request.key()));
        WebhookEndpoint endpoint;
        try {
            endpoint = webhooks.register(request.key(), request.url(), secret);
        } catch (WebhookRefused e) {
            throw BadRequest.unprocessable(e.field(), e.getMessage());
        }
        var body = new Registered(
                endpoint.key(),
                endpoint.url(),
                endpoint.active(),
                endpoint.createdAt(),
                endpoint.updatedAt(),
                made ? secret : null);
        return existed
                ? ResponseEntity.ok(body)
                : ResponseEntity.created(URI.create("/api/v1/webhooks/" + endpoint.key()))
                        .body(body);
    }

    @DeleteMapping("/{key}")
    @PreAuthorize(ADMIN)
    @Operation(
            summary = "Deactivate an endpoint: messages for it are refused until it is registered again",
            responses = {
                @ApiResponse(responseCode = "204", description = "Deactivated"),
                @ApiResponse(responseCode = "404", description = "No endpoint has that key")
            })
    ResponseEntity<?> deactivate(@PathVariable String key) {
        if (webhooks.list().stream().noneMatch(e -> e.key().equals(key))) return notFound(key);
        webhooks.deactivate(key);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{key}/test-message")
    @PreAuthorize(ADMIN)
    @Operation(
            summary = "POST a signed test message to the endpoint now, not through the outbox",
            description = "Body {\"event\": \"test\", \"id\", \"at\"}; answers what the endpoint said.",
            responses = {
                @ApiResponse(responseCode = "200", description = "What the endpoint answered"),
                @ApiResponse(responseCode = "404", description = "No endpoint has that key")
            })
    ResponseEntity<?> test(@PathVariable String key) {
        if (webhooks.list().stream().noneMatch(e -> e.key().equals(key))) return notFound(key);
        return ResponseEntity.ok(
                ChannelSettingsController.TestMessageResponse.from(testMessages.send(ChannelKind.WEBHOOK, key)));
    }

    private static ResponseEntity<ProblemDetail> notFound(String key) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No webhook endpoint has the key " + key);
        problem.setType(URI.create("https://casework.org/problems/not-found"));
        problem.setTitle(HttpStatus.NOT_FOUND.getReasonPhrase());
        return ResponseEntity.status(HttpStatus.NOT_FOUND)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}
