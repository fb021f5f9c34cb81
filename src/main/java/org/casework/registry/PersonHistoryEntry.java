package org.casework.registry;

import java.time.Instant;

/** One line of a person's single timeline: when, on which case (null for none), what happened, and in a few words. */
public record PersonHistoryEntry(Instant at, String caseReference, String what, String detail) {}
