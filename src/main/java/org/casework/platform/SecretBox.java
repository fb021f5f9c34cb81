package org.casework.platform;

import java.util.Arrays;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.security.crypto.encrypt.Encryptors;
import org.springframework.security.crypto.encrypt.TextEncryptor;
import org.springframework.stereotype.Component;

/**
 * Seals secrets the service must use again later (a webhook's signing secret, a provider's API key) before they are
 * stored, and opens them when needed: AES-256 in GCM mode (Spring Security's {@link Encryptors#delux}), a fresh random
 * nonce each time, the key derived from {@code casework.secrets.key}. GCM also detects a sealed value that was altered
 * or sealed under another key. Secrets people choose to sign in with are hashed, never sealed.
 *
 * <p>Without a key the service still starts; sealing and opening then fail with a message naming the setting. Only
 * the embedded development database (or the {@code demo} profile) gets a fixed, publicly known key, with a warning.
 */
@Component
public class SecretBox {

    private static final Logger log = LoggerFactory.getLogger(SecretBox.class);

    /** Sealed values start with this, so a later key can be introduced beside the old one. */
    private static final String VERSION = "v1:";

    /** Fixed, so one key always derives the same AES key; the key itself is the secret. */
    private static final String SALT = "8f1c2e6a9b3d47f0";

    static final String DEVELOPMENT_KEY = "casework-development-key-never-use-with-real-data";

    private final TextEncryptor encryptor;

    @Autowired
    SecretBox(SecretsProperties properties, Environment environment) {
        this(chooseKey(properties.key(), environment));
    }

    private SecretBox(String key) {
        this.encryptor = key == null ? null : Encryptors.delux(key, SALT);
    }

    /** A box with the given key, for tools and tests outside the application context. */
    public static SecretBox withKey(String key) {
        if (key == null || key.isBlank()) throw new IllegalArgumentException("A secrets key is needed");
        return new SecretBox(key);
    }

    /** The secret sealed, as text safe to store; sealing the same secret twice gives different text. */
    public String seal(String secret) {
        return VERSION + encryptor().encrypt(secret);
    }

    /** The secret a {@link #seal} gave; fails if the text was altered or sealed under another key. */
    public String open(String sealed) {
        if (!sealed.startsWith(VERSION)) throw new IllegalArgumentException("Not a sealed secret");
        try {
            return encryptor().decrypt(sealed.substring(VERSION.length()));
        } catch (IllegalStateException | IllegalArgumentException e) {
            throw new IllegalStateException(
                    "A stored secret could not be opened: it was sealed under another casework.secrets.key or altered",
                    e);
        }
    }

    private TextEncryptor encryptor() {
        if (encryptor == null)
            throw new IllegalStateException(
                    "No key to seal secrets with: set casework.secrets.key (CASEWORK_SECRETS_KEY) to a long random text");
        return encryptor;
    }

    private static String chooseKey(String configured, Environment environment) {
        if (configured != null && !configured.isBlank()) return configured;
        var url = environment.getProperty("spring.datasource.url", "");
        var development = url.startsWith("jdbc:h2:")
                || Arrays.asList(environment.getActiveProfiles()).contains("demo");
        if (!development) return null;
        log.warn("casework.secrets.key is not set: sealing stored secrets with the public development key. "
                + "Set CASEWORK_SECRETS_KEY before storing any real secret.");
        return DEVELOPMENT_KEY;
    }
}
