package org.casework.definition;

/** The case's service level: it is due this many working days after it starts. */
public record Sla(int targetWorkingDays) {}
