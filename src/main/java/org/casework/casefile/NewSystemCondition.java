package org.casework.casefile;

/** Record what got in the way: a code from the system conditions for the case's department, and an optional note. */
public record NewSystemCondition(String condition, String note) {}
