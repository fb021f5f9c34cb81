package org.casework.engine;

import java.time.Instant;

/** A stored secret as anyone may see it: its name and who last set it, never its value. */
public record ApiSecret(String name, Instant updatedAt, String updatedBy) {}
