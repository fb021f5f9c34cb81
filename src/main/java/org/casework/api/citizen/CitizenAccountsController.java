package org.casework.api.citizen;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.casework.api.BadRequest;
import org.casework.identity.CitizenMail;
import org.casework.identity.Citizens;
import org.casework.identity.NewCitizen;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Creating a citizen's account and getting back into it, as the portal's pages do: every answer that could tell
 * whether an address has an account is the same either way, and the secrets go only by email.
 */
@RestController
@RequestMapping("/api/v1/citizen")
@Tag(
        name = "Citizen accounts",
        description = "Register with a confirmed email address, and choose a new password after forgetting it")
@SecurityRequirements
class CitizenAccountsController {

    private final Citizens citizens;
    private final CitizenMail mail;

    CitizenAccountsController(Citizens citizens, CitizenMail mail) {
        this.citizens = citizens;
        this.mail = mail;
    }

    record Registration(String givenName, String familyName, String email, String password) {}

    record Token(String token) {}

    record Email(String email) {}

    record NewPassword(String token, String password) {}

    /** What happens next, in words for the citizen. */
    record Next(String message) {}

    @PostMapping("/registrations")
    @PreAuthorize("permitAll()")
    @Operation(
            summary = "Register: 202 and an email with a link (its token confirms the address) whether or not the"
                    + " address already has an account (its holder is told by email instead); 422 names each field"
                    + " at fault")
    ResponseEntity<Next> register(@RequestBody Registration registration) {
        // register() has committed before the email goes, so the link in it always works.
        mail.registered(citizens.register(new NewCitizen(
                registration.email(), registration.password(), registration.givenName(), registration.familyName())));
        return ResponseEntity.accepted()
                .body(new Next("Check your email: open the link we sent within "
                        + Citizens.VERIFY_LINK_VALID_FOR.toHours() + " hours to confirm your address"));
    }

    @PostMapping("/registrations/confirm")
    @PreAuthorize("permitAll()")
    @Operation(
            summary = "Confirm the address with the token from the emailed link (the link's token parameter); 422"
                    + " naming token if it is unknown, used or out of date")
    Next confirm(@RequestBody Token token) {
        if (citizens.verifyEmail(token.token()).isEmpty()) throw linkNoGood();
        return new Next("Your email address is confirmed. Sign in to continue");
    }

    @PostMapping("/registrations/new-link")
    @PreAuthorize("permitAll()")
    @Operation(summary = "Email another confirmation link to an address not yet confirmed; 202 whatever the address")
    ResponseEntity<Next> newLink(@RequestBody Email email) {
        if (email.email() == null || email.email().isBlank()) {
            throw BadRequest.unprocessable("email", "Enter your email address");
        }
        citizens.newVerificationLink(email.email()).ifPresent(mail::registered);
        return ResponseEntity.accepted().body(new Next("If the address needs confirming, we have sent a new link"));
    }

    @PostMapping("/password-resets")
    @PreAuthorize("permitAll()")
    @Operation(
            summary = "Forgotten password: 202 whether or not the address has an account; an account's holder is"
                    + " emailed a link whose token chooses a new password")
    ResponseEntity<Next> forgotten(@RequestBody Email email) {
        if (email.email() == null || email.email().isBlank()) {
            throw BadRequest.unprocessable("email", "Enter your email address");
        }
        citizens.newPasswordLink(email.email()).ifPresent(mail::newPassword);
        return ResponseEntity.accepted()
                .body(new Next("If the address has an account, we have emailed a link to choose a new password. It"
                        + " works for " + Citizens.PASSWORD_LINK_VALID_FOR.toMinutes() + " minutes"));
    }

    @PostMapping("/password-resets/confirm")
    @PreAuthorize("permitAll()")
    @Operation(
            summary = "Choose a new password with the token from the emailed link; every token the citizen's apps"
                    + " hold stops working. 422 naming password if it is too short, token if the link is no good")
    Next choose(@RequestBody NewPassword choice) {
        if (!citizens.choosePassword(choice.token(), choice.password())) throw linkNoGood();
        return new Next("Your password has been changed. Sign in with your new password");
    }

    private static BadRequest linkNoGood() {
        return BadRequest.unprocessable("token", "is not recognised, has been used or has run out: ask for a new link");
    }
}
