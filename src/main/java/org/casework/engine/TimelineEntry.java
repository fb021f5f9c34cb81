package org.casework.engine;

import java.time.Instant;
import java.util.Map;

/** One thing that happened to a case: who did what, when, at which step. Append-only. */
public record TimelineEntry(long id, Instant at, String type, String actor, String step, Map<String, Object> detail) {}
