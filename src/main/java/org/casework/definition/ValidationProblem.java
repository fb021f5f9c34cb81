package org.casework.definition;

/**
 * Something that stops a definition being published: where it is, as a JSON path such as {@code
 * $.steps[2].allocation}, and what to do about it in plain English.
 */
public record ValidationProblem(String path, String message) {}
