package org.casework.definition;

/** A milestone the citizen sees, with its target in working days from when the case enters it. */
public record StageDefinition(String key, String name, String description, int targetWorkingDays) {}
