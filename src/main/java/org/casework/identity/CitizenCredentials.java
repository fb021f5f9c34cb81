package org.casework.identity;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * A citizen's password, and the lockout that makes guessing it slow: {@link SignInProperties#maxFailures()} wrong
 * passwords or sign-in codes in a row lock the account for {@link SignInProperties#lockout()}, on the portal's pages
 * and through the API alike. Failures for addresses without an account are not recorded anywhere.
 */
@Component
public class CitizenCredentials {

    /** What a password check found; only {@code RIGHT} names the account. */
    public enum Outcome {
        RIGHT,
        WRONG,
        LOCKED,
        UNCONFIRMED
    }

    /** The outcome, and for a right password the account's id. */
    public record Checked(Outcome outcome, UUID citizen) {}

    private final JdbcClient db;
    private final PasswordEncoder passwords;
    private final SignInProperties properties;
    private final Clock clock;
    private volatile String decoy;

    CitizenCredentials(JdbcClient db, PasswordEncoder passwords, SignInProperties properties, Clock clock) {
        this.db = db;
        this.passwords = passwords;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Checks an email address and password as the portal's sign-in does: a locked account is refused before its
     * password is looked at, a wrong password counts towards the lockout, and an account whose address is not yet
     * confirmed cannot sign in. A right password resets the count, except for a citizen with two-step sign-in on,
     * for whom only the right code does (or signing in again would buy unlimited guesses at the code).
     */
    public Checked check(String email, String password) {
        var key = email == null ? "" : Citizens.emailKey(email);
        var found = db.sql("""
                        select id, password_hash, email_verified_at, locked_until, two_factor from citizens
                        where email_key = :key""")
                .param("key", key)
                .query((row, n) -> new Row(
                        row.getObject("id", UUID.class),
                        row.getString("password_hash"),
                        row.getObject("email_verified_at", OffsetDateTime.class) != null,
                        row.getObject("locked_until", OffsetDateTime.class),
                        row.getBoolean("two_factor")))
                .optional();
        var given = password == null ? "" : password;
        if (found.isEmpty()) {
            // The same work as for a real account, so the time taken does not tell who has one.
            passwords.matches(given, decoy());
            return new Checked(Outcome.WRONG, null);
        }
        var account = found.get();
        if (account.lockedUntil() != null && account.lockedUntil().toInstant().isAfter(clock.instant())) {
            return new Checked(Outcome.LOCKED, null);
        }
        if (!passwords.matches(given, account.passwordHash())) {
            return new Checked(recordFailure(account.id()) ? Outcome.LOCKED : Outcome.WRONG, null);
        }
        if (!account.confirmed()) return new Checked(Outcome.UNCONFIRMED, null);
        if (!account.twoFactor()) succeeded(account.id());
        return new Checked(Outcome.RIGHT, account.id());
    }

    /** A complete sign-in: the count starts again. */
    public void succeeded(UUID id) {
        db.sql("""
                        update citizens set failed_sign_ins = 0, locked_until = null
                        where id = :id and (failed_sign_ins > 0 or locked_until is not null)""").param("id", id).update();
    }

    /** Adds one failure (a wrong password or code); returns whether the account is now locked. */
    public boolean recordFailure(UUID id) {
        // Reaching the limit locks the account and starts the count again, as for staff.
        db.sql("""
                        update citizens
                        set locked_until = case when failed_sign_ins + 1 >= :max then :until else locked_until end,
                            failed_sign_ins = case when failed_sign_ins + 1 >= :max then 0 else failed_sign_ins + 1 end
                        where id = :id""")
                .param("max", properties.maxFailures())
                .param("until", OffsetDateTime.ofInstant(clock.instant().plus(properties.lockout()), ZoneOffset.UTC))
                .param("id", id)
                .update();
        return isLocked(id);
    }

    public boolean isLocked(UUID id) {
        return db.sql("select count(*) from citizens where id = :id and locked_until > :now")
                        .param("id", id)
                        .param("now", OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** How long an account stays locked. */
    public java.time.Duration lockout() {
        return properties.lockout();
    }

    private String decoy() {
        if (decoy == null) decoy = passwords.encode("not anyone's password");
        return decoy;
    }

    private record Row(
            UUID id, String passwordHash, boolean confirmed, OffsetDateTime lockedUntil, boolean twoFactor) {}
}
