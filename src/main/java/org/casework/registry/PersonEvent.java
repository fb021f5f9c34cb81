package org.casework.registry;

import java.time.Instant;

/** One line of a person record's audit trail: when, who, what kind of change (created, changed, merged) and what. */
public record PersonEvent(Instant at, String actor, String what, String detail) {}
