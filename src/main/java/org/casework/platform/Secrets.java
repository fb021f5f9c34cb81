package org.casework.platform;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Random secrets that travel in links and keys, and the hash the database keeps instead of them. A secret of 256
 * random bits cannot be guessed however fast the hash, so SHA-256 is enough (a slow password hash protects secrets
 * people choose), and being unsalted it lets a request find its row with one indexed lookup.
 */
public final class Secrets {

    private static final SecureRandom RANDOM = new SecureRandom();

    private Secrets() {}

    /** 256 random bits, URL-safe, 43 characters. */
    public static String newToken() {
        var bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** A number of exactly {@code digits} digits (leading zeros kept), for codes people type. */
    public static String newCode(int digits) {
        var code = new StringBuilder();
        for (int i = 0; i < digits; i++) code.append(RANDOM.nextInt(10));
        return code.toString();
    }

    /** SHA-256 as 64 lower-case hex digits. */
    public static String sha256(String secret) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
