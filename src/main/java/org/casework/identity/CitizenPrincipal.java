package org.casework.identity;

import java.util.UUID;

/**
 * A citizen signed in through the REST API with a token: who they are ({@code citizen}), and which sign-in this is
 * ({@code session}, the token's hash, never the token), so that signing out ends this one and no other.
 */
public record CitizenPrincipal(UUID citizen, String session) {}
