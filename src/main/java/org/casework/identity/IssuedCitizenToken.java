package org.casework.identity;

import java.time.Instant;

/**
 * A token just issued to a citizen's app: shown this once (only its hash is kept), working until {@code expiresAt} at
 * the latest, or sooner if left unused for {@code idleFor}.
 */
public record IssuedCitizenToken(String token, Instant expiresAt, java.time.Duration idleFor) {}
