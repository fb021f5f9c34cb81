package org.casework.engine;

import java.time.Instant;
import java.util.UUID;

/**
 * Filters for listing cases, all optional. Lists are newest first, except a surname search, which is by surname and
 * then newest first. Paging is by keyset: pass the last case's {@code createdAt} and id (and, for a surname search,
 * its citizen's surname key) from the previous page.
 */
public record CaseQuery(
        CaseStatus status,
        String process,
        String stage,
        String postcode,
        String surnamePrefix,
        Instant createdFrom,
        Instant createdTo,
        String afterSurname,
        Instant afterCreatedAt,
        UUID afterId,
        int limit) {}
