package org.casework.registry;

/** Another system's reference to add: a code of the reference types list, and the reference. */
public record NewReference(String type, String value) {}
