package org.casework.notification;

import java.util.List;

/**
 * The webhook endpoints messages can be sent to: a definition's webhook action names one by its key. Each has its own
 * signing secret, kept sealed at rest and never given back: the receiver is told it once, when it is registered.
 */
public interface Webhooks {

    /**
     * Registers the endpoint under {@code key}, or replaces its address and secret (and makes it active again). The
     * secret is {@code whsec_} and base64, as Standard Webhooks libraries expect (see {@link #newSecret}), or any text
     * of at least 24 characters, used as it is.
     */
    WebhookEndpoint register(String key, String url, String secret);

    /** Stops sending to the endpoint; messages for it are refused until it is registered again. */
    void deactivate(String key);

    /** Every endpoint, by key, without secrets. */
    List<WebhookEndpoint> list();

    /** A new random secret in the Standard Webhooks form: {@code whsec_} and 32 random bytes in base64. */
    String newSecret();
}
