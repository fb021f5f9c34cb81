package org.casework.identity;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.casework.platform.Secrets;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * API keys: how other systems call the REST API on a staff member's behalf, limited to the key's scopes. Only a hash
 * of each key is stored, so a key cannot be shown again after it is issued, and never appears in logs or messages.
 */
@Service
public class ApiKeys {

    /** Marks the text as a Casework key, so people, secret scanners and the API can recognise one on sight. */
    private static final String KEY_PREFIX = "cwk_";

    private static final int SECRET_BYTES = 32;
    private static final int DISPLAYED_PREFIX_LENGTH = 12;
    private static final Duration LAST_USE_PRECISION = Duration.ofMinutes(1);

    private final JdbcClient db;
    private final Staff staff;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    /**
     * Keys recently seen, by hash: an integration calling many times a second costs one lookup per ten seconds, not
     * three queries per request. Revoking on this node takes effect at once; on other nodes within the ten seconds,
     * as do changes to the owner's teams and roles.
     */
    private final Cache<String, StaffPrincipal> recent = Caffeine.newBuilder()
            .expireAfterWrite(Duration.ofSeconds(10))
            .maximumSize(10_000)
            .build();

    ApiKeys(JdbcClient db, Staff staff, Clock clock) {
        this.db = db;
        this.staff = staff;
        this.clock = clock;
    }

    /** Makes a new random key for a staff member. */
    @Transactional
    public IssuedApiKey issue(String username, String name, Set<Scope> scopes) {
        var secret = new byte[SECRET_BYTES];
        random.nextBytes(secret);
        return store(
                username,
                name,
                scopes,
                KEY_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret));
    }

    /**
     * Accepts a key chosen elsewhere (the demo's published key), or returns the one already stored with the same value,
     * so it can run at every start.
     */
    @Transactional
    public IssuedApiKey register(String username, String name, Set<Scope> scopes, String knownKey) {
        if (knownKey == null || !knownKey.startsWith(KEY_PREFIX) || knownKey.length() <= DISPLAYED_PREFIX_LENGTH)
            throw new IllegalArgumentException(
                    "An API key must start with " + KEY_PREFIX + " and be longer than " + DISPLAYED_PREFIX_LENGTH);
        return db.sql("select id from api_keys where secret_hash = :hash")
                .param("hash", hash(knownKey))
                .query(UUID.class)
                .optional()
                .map(id -> new IssuedApiKey(id, knownKey))
                .orElseGet(() -> store(username, name, scopes, knownKey));
    }

    /** Who a presented key acts for, with the key's scopes; empty for an unknown or revoked key, or a disabled owner. */
    public Optional<StaffPrincipal> authenticate(String presentedKey) {
        if (presentedKey == null || !presentedKey.startsWith(KEY_PREFIX)) return Optional.empty();
        var hash = hash(presentedKey);
        var known = recent.getIfPresent(hash);
        if (known != null) return Optional.of(known);
        var found = lookUp(hash);
        found.ifPresent(principal -> recent.put(hash, principal));
        return found;
    }

    private Optional<StaffPrincipal> lookUp(String hash) {
        // Found by its hash, not compared character by character, so response times say nothing about the key.
        return db.sql("""
                        select id, username, scopes, last_used_at from api_keys
                        where secret_hash = :hash and revoked_at is null""")
                .param("hash", hash)
                .query((row, rowNumber) -> new StoredKey(
                        row.getObject("id", UUID.class),
                        row.getString("username"),
                        scopesFrom(row.getString("scopes")),
                        row.getObject("last_used_at", OffsetDateTime.class)))
                .optional()
                .flatMap(key -> staff.principal(key.username()).map(owner -> {
                    recordUse(key);
                    return owner.withScopes(key.scopes());
                }));
    }

    /** Stops a key working from now on; revoking a revoked key changes nothing. */
    public void revoke(UUID id) {
        var revoked = db.sql("update api_keys set revoked_at = :now where id = :id and revoked_at is null")
                .param("id", id)
                .param("now", now())
                .update();
        recent.invalidateAll();
        if (revoked == 0 && !exists(id)) throw new IllegalArgumentException("No API key has the id " + id);
    }

    private boolean exists(UUID id) {
        return db.sql("select count(*) from api_keys where id = :id")
                        .param("id", id)
                        .query(Long.class)
                        .single()
                > 0;
    }

    private IssuedApiKey store(String username, String name, Set<Scope> scopes, String key) {
        if (!staff.userExists(username)) throw UnknownStaff.user(username);
        if (name == null || name.isBlank()) throw new IllegalArgumentException("An API key needs a name");
        var id = UUID.randomUUID();
        db.sql("""
                        insert into api_keys (id, username, name, prefix, secret_hash, scopes, created_at)
                        values (:id, :username, :name, :prefix, :hash, :scopes, :now)""")
                .param("id", id)
                .param("username", username)
                .param("name", name)
                .param("prefix", key.substring(0, DISPLAYED_PREFIX_LENGTH))
                .param("hash", hash(key))
                .param("scopes", scopes.stream().map(Scope::authority).sorted().collect(Collectors.joining(",")))
                .param("now", now())
                .update();
        return new IssuedApiKey(id, key);
    }

    /** Writes the time of use only when the stored one is a minute old, so busy keys do not cost a write per request. */
    private void recordUse(StoredKey key) {
        var now = now();
        if (key.lastUsedAt() != null && key.lastUsedAt().isAfter(now.minus(LAST_USE_PRECISION))) return;
        db.sql("""
                        update api_keys set last_used_at = :now
                        where id = :id and (last_used_at is null or last_used_at < :stale)""")
                .param("id", key.id())
                .param("now", now)
                .param("stale", now.minus(LAST_USE_PRECISION))
                .update();
    }

    private static Set<Scope> scopesFrom(String stored) {
        return Arrays.stream(stored.split(","))
                .filter(scope -> !scope.isBlank())
                .map(Scope::fromValue)
                .collect(Collectors.toSet());
    }

    private static String hash(String key) {
        return Secrets.sha256(key);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    private record StoredKey(UUID id, String username, Set<Scope> scopes, OffsetDateTime lastUsedAt) {}
}
