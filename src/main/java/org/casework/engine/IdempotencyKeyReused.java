package org.casework.engine;

/** An Idempotency-Key already used for a different request; the first request's case stands. */
public class IdempotencyKeyReused extends RuntimeException {

    public IdempotencyKeyReused(String key) {
        super("Idempotency-Key '" + key + "' was already used to start a different case; use a new key for a new"
                + " request");
    }
}
