package org.casework.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.casework.platform.Secrets;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The table of citizens' API tokens, and the challenges of two-step sign-in through the API. A token is {@code cwc_}
 * and 256 random bits; a challenge 256 random bits. Only their SHA-256 is stored, so a copy of the database signs
 * nobody in.
 */
@Component
class CitizenApiTokens {

    static final String PREFIX = "cwc_";

    /** The purpose of a challenge's row in {@code citizen_tokens}, beside the emailed secrets. */
    private static final String CHALLENGE = "sign-in-challenge";

    private final JdbcClient db;
    private final CitizenTokenProperties properties;
    private final Clock clock;

    CitizenApiTokens(JdbcClient db, CitizenTokenProperties properties, Clock clock) {
        this.db = db;
        this.properties = properties;
        this.clock = clock;
    }

    IssuedCitizenToken issue(UUID citizen) {
        var token = PREFIX + Secrets.newToken();
        var now = clock.instant();
        var expires = now.plus(properties.lastsFor());
        // Expired rows are cleared here, not by a job: signing in is rare enough to pay for it.
        db.sql("delete from citizen_api_tokens where expires_at <= :now or last_used_at <= :idleSince")
                .param("now", at(now))
                .param("idleSince", at(now.minus(properties.idleFor())))
                .update();
        db.sql("""
                        insert into citizen_api_tokens (token_hash, citizen_id, created_at, last_used_at, expires_at)
                        values (:hash, :citizen, :now, :now, :expires)""")
                .param("hash", Secrets.sha256(token))
                .param("citizen", citizen)
                .param("now", at(now))
                .param("expires", at(expires))
                .update();
        return new IssuedCitizenToken(token, expires, properties.idleFor());
    }

    /** The citizen the token signs in, if it is one of ours, not signed out, not idle too long and not expired. */
    Optional<CitizenPrincipal> authenticate(String token) {
        if (token == null || !token.startsWith(PREFIX)) return Optional.empty();
        var hash = Secrets.sha256(token);
        var now = clock.instant();
        var found = db.sql("""
                        select citizen_id, last_used_at from citizen_api_tokens
                        where token_hash = :hash and expires_at > :now and last_used_at > :idleSince""")
                .param("hash", hash)
                .param("now", at(now))
                .param("idleSince", at(now.minus(properties.idleFor())))
                .query((row, n) -> new Used(
                        row.getObject("citizen_id", UUID.class),
                        row.getObject("last_used_at", OffsetDateTime.class).toInstant()))
                .optional();
        found.filter(used -> used.at().isBefore(now.minus(properties.touchEvery())))
                .ifPresent(used -> touch(hash, now));
        return found.map(used -> new CitizenPrincipal(used.citizen(), hash));
    }

    void revoke(String session) {
        db.sql("delete from citizen_api_tokens where token_hash = :hash")
                .param("hash", session)
                .update();
    }

    void revokeAll(UUID citizen) {
        db.sql("delete from citizen_api_tokens where citizen_id = :citizen")
                .param("citizen", citizen)
                .update();
    }

    /** A challenge that stands for "password right, code still to come"; earlier ones stop working. */
    String challenge(UUID citizen, Duration validFor) {
        var challenge = Secrets.newToken();
        var now = clock.instant();
        db.sql("delete from citizen_tokens where citizen_id = :citizen and purpose = :purpose")
                .param("citizen", citizen)
                .param("purpose", CHALLENGE)
                .update();
        db.sql("""
                        insert into citizen_tokens (token_hash, citizen_id, purpose, created_at, expires_at)
                        values (:hash, :citizen, :purpose, :now, :expires)""")
                .param("hash", Secrets.sha256(challenge))
                .param("citizen", citizen)
                .param("purpose", CHALLENGE)
                .param("now", at(now))
                .param("expires", at(now.plus(validFor)))
                .update();
        return challenge;
    }

    /** Whose sign-in the challenge holds, while it is current. */
    Optional<UUID> challenged(String challenge) {
        if (challenge == null || challenge.isBlank()) return Optional.empty();
        return db.sql("""
                        select citizen_id from citizen_tokens
                        where token_hash = :hash and purpose = :purpose and expires_at > :now""")
                .param("hash", Secrets.sha256(challenge))
                .param("purpose", CHALLENGE)
                .param("now", at(clock.instant()))
                .query(UUID.class)
                .optional();
    }

    /** Ends the challenge; true for the one caller that did, so a code is never used twice. */
    boolean endChallenge(String challenge) {
        return db.sql("delete from citizen_tokens where token_hash = :hash and purpose = :purpose")
                        .param("hash", Secrets.sha256(challenge))
                        .param("purpose", CHALLENGE)
                        .update()
                == 1;
    }

    private void touch(String hash, Instant now) {
        db.sql("update citizen_api_tokens set last_used_at = :now where token_hash = :hash")
                .param("now", at(now))
                .param("hash", hash)
                .update();
    }

    private static OffsetDateTime at(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private record Used(UUID citizen, Instant at) {}
}
