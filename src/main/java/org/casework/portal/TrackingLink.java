package org.casework.portal;

import java.time.Instant;

/**
 * A secret link to follow one request without signing in, as sent in the confirmation. {@code url} is the whole
 * link (the service's address, the reference and the secret); it exists only when the link is made: the database
 * keeps the secret's hash, so a lost link cannot be shown again, only replaced.
 */
public record TrackingLink(String reference, String url, Instant expiresAt) {}
