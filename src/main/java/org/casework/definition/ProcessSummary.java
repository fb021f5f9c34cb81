package org.casework.definition;

import java.time.Instant;

/** A line in the list of processes: the latest published version, if any, and whether a draft is in progress. */
public record ProcessSummary(
        String key, String name, String category, Integer latestVersion, boolean hasDraft, Instant updatedAt) {}
