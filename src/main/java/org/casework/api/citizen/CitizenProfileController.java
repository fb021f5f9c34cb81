package org.casework.api.citizen;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import org.casework.api.BadRequest;
import org.casework.identity.CitizenAccount;
import org.casework.identity.CitizenAddress;
import org.casework.identity.CitizenPrincipal;
import org.casework.identity.CitizenProfile;
import org.casework.identity.Citizens;
import org.casework.identity.NotifyBy;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/citizen/profile")
@Tag(name = "Citizen profile", description = "The signed-in citizen's details and how they want to hear from us")
@SecurityRequirement(name = CitizenSessionsController.CITIZEN_TOKEN)
@PreAuthorize("hasRole('CITIZEN')")
class CitizenProfileController {

    private final Citizens citizens;

    CitizenProfileController(Citizens citizens) {
        this.citizens = citizens;
    }

    record Address(String line1, String line2, String town, String postcode, Long uprn) {

        static Address from(CitizenAddress address) {
            return address.isEmpty()
                    ? null
                    : new Address(address.line1(), address.line2(), address.town(), address.postcode(), address.uprn());
        }

        CitizenAddress toAddress() {
            return new CitizenAddress(line1, line2, town, postcode, uprn);
        }
    }

    /**
     * The citizen's details. {@code notifyBy} is {@code email}, {@code sms}, {@code both} or {@code none}; {@code
     * version} (also the ETag) must come back with a change.
     */
    record Profile(
            String email,
            String givenName,
            String familyName,
            LocalDate dateOfBirth,
            String mobile,
            Address address,
            String notifyBy,
            boolean twoStepSignIn,
            long version) {

        static Profile from(CitizenAccount account) {
            return new Profile(
                    account.email(),
                    account.givenName(),
                    account.familyName(),
                    account.dateOfBirth(),
                    account.mobile(),
                    Address.from(account.address()),
                    account.notifyBy().value(),
                    account.twoFactor(),
                    account.version());
        }
    }

    /** The whole profile as it should be (the email address signs in and is not changed here). */
    record ProfileChange(
            String givenName,
            String familyName,
            LocalDate dateOfBirth,
            String mobile,
            Address address,
            String notifyBy,
            Boolean twoStepSignIn,
            Long version) {}

    @GetMapping
    @Operation(summary = "The citizen's details, with their version in the ETag header and the body")
    ResponseEntity<Profile> get(@AuthenticationPrincipal CitizenPrincipal me) {
        var account = citizens.find(me.citizen()).orElseThrow();
        return ResponseEntity.ok().eTag(etag(account)).body(Profile.from(account));
    }

    @PutMapping
    @Operation(
            summary = "Change the details: give the version read in If-Match or the body (409 naming version if they"
                    + " were changed since, as when two devices save over each other); 422 names each field at fault")
    ResponseEntity<Profile> put(
            @RequestBody ProfileChange change,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @AuthenticationPrincipal CitizenPrincipal me) {
        var version = ifMatch != null ? version(ifMatch) : change.version();
        if (version == null) {
            throw BadRequest.unprocessable("version", "is required: the version read, in If-Match or the body");
        }
        var saved = citizens.update(
                me.citizen(),
                new CitizenProfile(
                        change.givenName(),
                        change.familyName(),
                        change.dateOfBirth(),
                        change.mobile(),
                        change.address() == null
                                ? CitizenAddress.NONE
                                : change.address().toAddress(),
                        NotifyBy.of(change.notifyBy()),
                        Boolean.TRUE.equals(change.twoStepSignIn())),
                version);
        return ResponseEntity.ok().eTag(etag(saved)).body(Profile.from(saved));
    }

    private static String etag(CitizenAccount account) {
        return "\"" + account.version() + "\"";
    }

    private static Long version(String ifMatch) {
        var text = ifMatch.strip();
        if (text.startsWith("W/")) text = text.substring(2);
        try {
            return Long.parseLong(text.replace("\"", ""));
        } catch (NumberFormatException e) {
            throw BadRequest.malformed(HttpHeaders.IF_MATCH, "must be the profile's ETag, such as \"3\"");
        }
    }
}
