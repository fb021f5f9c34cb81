package org.casework.notification.channels;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The Standard Webhooks signature (standardwebhooks.com): HMAC-SHA256 over {@code id.timestamp.body}, sent as
 * {@code v1,<base64>}. A secret in the standard's form ({@code whsec_<base64>}) signs with the bytes it encodes, as the
 * standard's libraries do; any other secret signs with its UTF-8 bytes.
 */
final class WebhookSignature {

    static final String SECRET_PREFIX = "whsec_";

    private WebhookSignature() {}

    static String sign(String secret, String id, long timestamp, String body) {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key(secret), "HmacSHA256"));
            var signed = mac.doFinal((id + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
            return "v1," + Base64.getEncoder().encodeToString(signed);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Every Java runtime has HmacSHA256", e);
        }
    }

    static byte[] key(String secret) {
        if (secret.startsWith(SECRET_PREFIX))
            return Base64.getDecoder().decode(secret.substring(SECRET_PREFIX.length()));
        return secret.getBytes(StandardCharsets.UTF_8);
    }
}
