package org.casework.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.casework.platform.Secrets;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Forgotten passwords: a one-time link, good for {@link #VALID_FOR}, lets a staff member choose a new password. The
 * token travels only in the link; the database keeps its SHA-256, so reading the table gives nobody a working link.
 */
@Service
public class PasswordResets {

    public static final Duration VALID_FOR = Duration.ofMinutes(30);

    /** Long enough to resist guessing for years, short enough to type from a phone if it comes to that. */
    public static final int MINIMUM_PASSWORD_LENGTH = 12;

    private final JdbcClient db;
    private final PasswordEncoder passwords;
    private final Clock clock;

    PasswordResets(JdbcClient db, PasswordEncoder passwords, Clock clock) {
        this.db = db;
        this.passwords = passwords;
        this.clock = clock;
    }

    /**
     * Makes a link for the staff member with this username or email address, if there is exactly one who may sign in
     * with a password and has an email address to send it to; their older links stop working. Empty otherwise, which
     * the caller must not reveal.
     */
    @Transactional
    public Optional<PasswordResetLink> issue(String usernameOrEmail) {
        if (usernameOrEmail == null || usernameOrEmail.isBlank()) return Optional.empty();
        var given = usernameOrEmail.trim();
        var found = db.sql("""
                        select username, display_name, email from users
                        where (username = :given or lower(email) = lower(:given))
                          and enabled = true and password_hash is not null and email is not null""")
                .param("given", given)
                .query((row, rowNumber) -> new PasswordResetLink(
                        row.getString("username"), row.getString("display_name"), row.getString("email"), null))
                .list();
        // Two accounts sharing an address: a link for either would be a guess, so neither gets one.
        if (found.size() != 1) return Optional.empty();
        var holder = found.getFirst();
        var token = newToken();
        var now = now();
        db.sql("delete from password_resets where username = :username or expires_at <= :now")
                .param("username", holder.username())
                .param("now", now)
                .update();
        db.sql("""
                        insert into password_resets (token_hash, username, created_at, expires_at)
                        values (:hash, :username, :now, :expires)""")
                .param("hash", hash(token))
                .param("username", holder.username())
                .param("now", now)
                .param("expires", now.plus(VALID_FOR))
                .update();
        return Optional.of(new PasswordResetLink(holder.username(), holder.displayName(), holder.email(), token));
    }

    /** Whose password this link would change; empty if it is unknown, used or out of date. */
    public Optional<String> holderOf(String token) {
        if (token == null || token.isBlank()) return Optional.empty();
        return db.sql("select username from password_resets where token_hash = :hash and expires_at > :now")
                .param("hash", hash(token))
                .param("now", now())
                .query(String.class)
                .optional();
    }

    /**
     * Sets a new password with the link, which then stops working, and lifts any lockout. Returns false, changing
     * nothing, if the link is unknown, used or out of date.
     */
    @Transactional
    public boolean redeem(String token, String newPassword) {
        if (newPassword == null || newPassword.length() < MINIMUM_PASSWORD_LENGTH) {
            throw new IllegalArgumentException(
                    "A password must have at least " + MINIMUM_PASSWORD_LENGTH + " characters");
        }
        var holder = holderOf(token);
        if (holder.isEmpty()) return false;
        // Deleting is what makes the link single-use: of two requests racing with it, only one deletes the row.
        var deleted = db.sql("delete from password_resets where token_hash = :hash")
                .param("hash", hash(token))
                .update();
        if (deleted != 1) return false;
        db.sql("""
                        update users set password_hash = :hash, failed_sign_ins = 0, locked_until = null
                        where username = :username""")
                .param("hash", passwords.encode(newPassword))
                .param("username", holder.get())
                .update();
        return true;
    }

    private static String newToken() {
        return Secrets.newToken();
    }

    private static String hash(String token) {
        return Secrets.sha256(token);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
