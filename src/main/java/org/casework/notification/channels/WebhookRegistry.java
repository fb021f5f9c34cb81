package org.casework.notification.channels;

import java.net.URI;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.casework.notification.WebhookEndpoint;
import org.casework.notification.WebhookRefused;
import org.casework.notification.Webhooks;
import org.casework.platform.SecretBox;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The {@code webhook_endpoints} table: each endpoint's address and its signing secret, sealed by {@link SecretBox}. */
@Component
class WebhookRegistry implements Webhooks {

    private static final Pattern KEY = Pattern.compile("[a-z0-9][a-z0-9-]{0,99}");
    private static final int MIN_SECRET = 24;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient db;
    private final SecretBox box;
    private final Clock clock;

    WebhookRegistry(JdbcClient db, SecretBox box, Clock clock) {
        this.db = db;
        this.box = box;
        this.clock = clock;
    }

    /** Where to send and what to sign with, for an active endpoint. */
    record Target(URI url, String secret) {
        @Override
        public String toString() {
            return "Target[" + url + "]";
        }
    }

    @Override
    @Transactional
    public WebhookEndpoint register(String key, String url, String secret) {
        if (key == null || !KEY.matcher(key).matches())
            throw new WebhookRefused("key", "Enter a key of lower-case letters, digits and hyphens");
        var address = address(url);
        checkSecret(secret);
        var now = Timestamp.from(clock.instant());
        var sealed = box.seal(secret);
        var updated = db.sql("""
                        update webhook_endpoints set url = :url, secret = :secret, active = true, updated_at = :now
                        where endpoint_key = :key""")
                .param("url", address.toString())
                .param("secret", sealed)
                .param("now", now)
                .param("key", key)
                .update();
        if (updated == 0) {
            db.sql("""
                            insert into webhook_endpoints (endpoint_key, url, secret, active, created_at, updated_at)
                            values (:key, :url, :secret, true, :now, :now)""")
                    .param("key", key)
                    .param("url", address.toString())
                    .param("secret", sealed)
                    .param("now", now)
                    .update();
        }
        return find(key).orElseThrow();
    }

    @Override
    public void deactivate(String key) {
        db.sql("update webhook_endpoints set active = false, updated_at = :now where endpoint_key = :key")
                .param("now", Timestamp.from(clock.instant()))
                .param("key", key)
                .update();
    }

    @Override
    public List<WebhookEndpoint> list() {
        return db.sql("""
                        select endpoint_key, url, active, created_at, updated_at from webhook_endpoints
                        order by endpoint_key""").query(WebhookRegistry::endpoint).list();
    }

    @Override
    public String newSecret() {
        var bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return WebhookSignature.SECRET_PREFIX + Base64.getEncoder().encodeToString(bytes);
    }

    Optional<Target> target(String key) {
        return db.sql("select url, secret from webhook_endpoints where endpoint_key = :key and active")
                .param("key", key)
                .query((rs, n) -> new Target(URI.create(rs.getString("url")), box.open(rs.getString("secret"))))
                .optional();
    }

    private Optional<WebhookEndpoint> find(String key) {
        return db.sql("""
                        select endpoint_key, url, active, created_at, updated_at from webhook_endpoints
                        where endpoint_key = :key""").param("key", key).query(WebhookRegistry::endpoint).optional();
    }

    private static WebhookEndpoint endpoint(ResultSet rs, int row) throws SQLException {
        return new WebhookEndpoint(
                rs.getString("endpoint_key"),
                rs.getString("url"),
                rs.getBoolean("active"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant());
    }

    /** https, so the signed body cannot be read on the way; plain http only to this machine. */
    private static URI address(String url) {
        var address = url == null ? "" : url.strip();
        if (SettingRules.secureAddress(address)) return URI.create(address);
        throw new WebhookRefused("url", "Enter the full web address, starting https://");
    }

    private static void checkSecret(String secret) {
        if (secret == null || secret.length() < MIN_SECRET)
            throw new WebhookRefused("secret", "The secret must be at least " + MIN_SECRET + " characters");
        if (secret.startsWith(WebhookSignature.SECRET_PREFIX)) {
            try {
                if (WebhookSignature.key(secret).length < 16) throw new IllegalArgumentException("too short");
            } catch (IllegalArgumentException e) {
                throw new WebhookRefused("secret", "A whsec_ secret must be at least 16 bytes in base64");
            }
        }
    }
}
