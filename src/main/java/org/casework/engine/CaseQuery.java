package org.casework.engine;

import java.time.Instant;
import java.util.UUID;

/**
 * Filters for listing cases, all optional. Paging is by keyset: pass the last case's {@code createdAt} and id from
 * the previous page.
 */
public record CaseQuery(
        CaseStatus status,
        String process,
        String stage,
        String postcode,
        String surnamePrefix,
        Instant createdFrom,
        Instant createdTo,
        Instant afterCreatedAt,
        UUID afterId,
        int limit) {}
