package org.casework.api;

/** One thing wrong with a request: the field (or JSON path) and why, in plain English. */
public record FieldError(String field, String reason) {}
