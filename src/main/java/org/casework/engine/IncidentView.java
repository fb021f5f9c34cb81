package org.casework.engine;

import java.time.Instant;
import java.util.UUID;

/** Background work that kept failing and now waits for an administrator. */
public record IncidentView(
        UUID id,
        String job,
        String jobInstance,
        CaseId caseId,
        String message,
        int attempts,
        String status,
        Instant createdAt,
        Instant retriedAt,
        String retriedBy) {}
