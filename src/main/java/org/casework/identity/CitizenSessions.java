package org.casework.identity;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.casework.identity.CitizenSignInRefused.Reason;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Citizens signing in through the REST API, for a council's own app: the email address and password earn a bearer
 * token, or, with two-step sign-in on, a challenge to answer with the code sent by email or text. The same lockout as
 * the portal's pages applies, counted in the same place ({@link CitizenCredentials}).
 */
@Service
public class CitizenSessions {

    /** What signing in gave: a token, or a challenge to answer with the code that was sent. */
    public sealed interface SignIn {}

    public record SignedIn(IssuedCitizenToken token) implements SignIn {}

    /** {@code sent} says where the code went (the last digits of a mobile, or email). */
    public record CodeNeeded(String challenge, CitizenSignInCodes.Sent sent, Instant expiresAt) implements SignIn {}

    private final CitizenCredentials credentials;
    private final CitizenApiTokens tokens;
    private final CitizenSignInCodes codes;
    private final Citizens citizens;
    private final java.time.Clock clock;

    CitizenSessions(
            CitizenCredentials credentials,
            CitizenApiTokens tokens,
            CitizenSignInCodes codes,
            Citizens citizens,
            java.time.Clock clock) {
        this.credentials = credentials;
        this.tokens = tokens;
        this.codes = codes;
        this.citizens = citizens;
        this.clock = clock;
    }

    /** Checks the email address and password; refused with {@link CitizenSignInRefused}, naming {@code email}. */
    @Transactional(noRollbackFor = CitizenSignInRefused.class)
    public SignIn signIn(String email, String password) {
        var checked = credentials.check(email, password);
        return switch (checked.outcome()) {
            case WRONG ->
                throw new CitizenSignInRefused(
                        Reason.WRONG_PASSWORD, "email", "Enter a correct email address and password");
            case LOCKED -> throw locked();
            case UNCONFIRMED ->
                throw new CitizenSignInRefused(
                        Reason.UNCONFIRMED,
                        "email",
                        "Confirm your email address before you sign in: open the link we emailed you");
            case RIGHT -> started(checked.citizen());
        };
    }

    /**
     * Answers a challenge with the code sent: a token when it is right. A wrong code counts towards the lockout; once
     * locked, or once the challenge has run out, the citizen must sign in again.
     */
    @Transactional(noRollbackFor = CitizenSignInRefused.class)
    public IssuedCitizenToken answer(String challenge, String code) {
        var citizen = tokens.challenged(challenge).orElseThrow(CitizenSessions::challengeOver);
        if (credentials.isLocked(citizen)) {
            tokens.endChallenge(challenge);
            throw locked();
        }
        if (citizens.acceptSignInCode(citizen, code)) {
            if (!tokens.endChallenge(challenge)) throw challengeOver();
            credentials.succeeded(citizen);
            return tokens.issue(citizen);
        }
        if (credentials.recordFailure(citizen)) {
            tokens.endChallenge(challenge);
            throw locked();
        }
        throw new CitizenSignInRefused(
                Reason.WRONG_CODE,
                "code",
                code == null || code.isBlank()
                        ? "Enter the code we sent you"
                        : "The code is not right, or it has run out. Check the message, or get a new code");
    }

    /** Sends a new code for a challenge still current; earlier codes stop working. */
    public CitizenSignInCodes.Sent newCode(String challenge) {
        var citizen = tokens.challenged(challenge).orElseThrow(CitizenSessions::challengeOver);
        return codes.send(citizen);
    }

    /** The citizen a token signs in, if it still works. */
    public Optional<CitizenPrincipal> authenticate(String token) {
        return tokens.authenticate(token);
    }

    /** Ends this sign-in: its token stops working at once. Other sign-ins (another phone) carry on. */
    public void signOut(CitizenPrincipal citizen) {
        tokens.revoke(citizen.session());
    }

    private SignIn started(UUID citizen) {
        var account = citizens.find(citizen).orElseThrow();
        if (!account.twoFactor()) return new SignedIn(tokens.issue(citizen));
        var challenge = tokens.challenge(citizen, Citizens.SIGN_IN_CODE_VALID_FOR);
        var sent = codes.send(citizen);
        return new CodeNeeded(challenge, sent, clock.instant().plus(Citizens.SIGN_IN_CODE_VALID_FOR));
    }

    private CitizenSignInRefused locked() {
        return new CitizenSignInRefused(
                Reason.LOCKED,
                "email",
                "Your account is locked after too many wrong passwords or codes. Try again in "
                        + credentials.lockout().toMinutes() + " minutes");
    }

    private static CitizenSignInRefused challengeOver() {
        return new CitizenSignInRefused(
                Reason.CHALLENGE_EXPIRED, "challenge", "This sign-in has run out or ended. Sign in again");
    }
}
