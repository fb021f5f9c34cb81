package org.casework.api.citizen;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import org.casework.identity.CitizenPrincipal;
import org.casework.identity.CitizenSessions;
import org.casework.identity.IssuedCitizenToken;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/citizen/sessions")
@Tag(
        name = "Citizen sign-in",
        description = "A citizen signs in with their email address and password (and a code, with two-step sign-in)"
                + " and gets a token for the citizen's API; the same lockout as the portal after repeated wrong"
                + " passwords or codes")
@SecurityScheme(
        name = CitizenSessionsController.CITIZEN_TOKEN,
        type = SecuritySchemeType.HTTP,
        scheme = "bearer",
        description = "A citizen's token from POST /api/v1/citizen/sessions: Authorization: Bearer cwc_..."
                + " It works only under /api/v1/citizen, and only for the citizen's own requests")
class CitizenSessionsController {

    static final String CITIZEN_TOKEN = "citizenToken";

    private final CitizenSessions sessions;

    CitizenSessionsController(CitizenSessions sessions) {
        this.sessions = sessions;
    }

    record Credentials(String email, String password) {}

    record Code(String code) {}

    /**
     * Signed in ({@code token}, {@code expiresAt}, {@code idleTimeoutSeconds}), or a second step needed: {@code
     * challenge} to answer with the code, sent by {@code codeSentBy} ({@code email} or {@code text}, then to the
     * mobile ending {@code mobileEnding}), before {@code challengeExpiresAt}.
     */
    record SessionResponse(
            String status,
            String token,
            Instant expiresAt,
            Long idleTimeoutSeconds,
            String challenge,
            String codeSentBy,
            String mobileEnding,
            Instant challengeExpiresAt) {

        static SessionResponse signedIn(IssuedCitizenToken issued) {
            return new SessionResponse(
                    "signed-in",
                    issued.token(),
                    issued.expiresAt(),
                    issued.idleFor().toSeconds(),
                    null,
                    null,
                    null,
                    null);
        }

        static SessionResponse codeNeeded(CitizenSessions.CodeNeeded needed) {
            var sent = needed.sent();
            return new SessionResponse(
                    "code-needed",
                    null,
                    null,
                    null,
                    needed.challenge(),
                    sent.byText() ? "text" : "email",
                    sent.mobileEnding(),
                    needed.expiresAt());
        }
    }

    @PostMapping
    @PreAuthorize("permitAll()")
    @SecurityRequirements
    @Operation(
            summary = "Sign in: 201 with a token, or 202 with a challenge when a code was sent (two-step sign-in);"
                    + " a wrong email or password, a locked account or an unconfirmed address is 422 naming email")
    ResponseEntity<SessionResponse> signIn(@RequestBody Credentials credentials) {
        return switch (sessions.signIn(credentials.email(), credentials.password())) {
            case CitizenSessions.SignedIn signedIn ->
                ResponseEntity.status(HttpStatus.CREATED).body(SessionResponse.signedIn(signedIn.token()));
            case CitizenSessions.CodeNeeded needed ->
                ResponseEntity.accepted()
                        .location(URI.create("/api/v1/citizen/sessions/" + needed.challenge() + "/code"))
                        .body(SessionResponse.codeNeeded(needed));
        };
    }

    @PostMapping("/{challenge}/code")
    @PreAuthorize("permitAll()")
    @SecurityRequirements
    @Operation(
            summary = "The second step: the code sent by email or text for the challenge; 201 with a token, 422"
                    + " naming code when it is wrong (wrong codes count towards the lockout) or challenge when it"
                    + " has run out")
    ResponseEntity<SessionResponse> code(@PathVariable String challenge, @RequestBody Code code) {
        var issued = sessions.answer(challenge, code.code());
        return ResponseEntity.status(HttpStatus.CREATED).body(SessionResponse.signedIn(issued));
    }

    @PostMapping("/{challenge}/new-code")
    @PreAuthorize("permitAll()")
    @SecurityRequirements
    @Operation(summary = "Send a new code for the challenge; the earlier code stops working")
    ResponseEntity<SessionResponse> newCode(@PathVariable String challenge) {
        var sent = sessions.newCode(challenge);
        return ResponseEntity.accepted()
                .body(new SessionResponse(
                        "code-needed",
                        null,
                        null,
                        null,
                        challenge,
                        sent.byText() ? "text" : "email",
                        sent.mobileEnding(),
                        null));
    }

    @DeleteMapping("/current")
    @PreAuthorize("hasRole('CITIZEN')")
    @SecurityRequirement(name = CITIZEN_TOKEN)
    @Operation(summary = "Sign out: this token stops working at once; other sign-ins of the citizen carry on")
    ResponseEntity<Void> signOut(@AuthenticationPrincipal CitizenPrincipal me) {
        sessions.signOut(me);
        return ResponseEntity.noContent().build();
    }
}
