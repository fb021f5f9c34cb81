package org.casework.definition;

import java.time.Instant;

/** A published, frozen version of a process: what running cases follow. */
public record ProcessVersion(
        ProcessVersionId id,
        String key,
        int version,
        ProcessDefinition definition,
        String changeNote,
        Instant publishedAt,
        String publishedBy) {}
