package org.casework.engine;

/** A reason from the administrators' list for ending a case early. */
public record AbandonReason(String key, String label) {}
