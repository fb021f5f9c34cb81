package org.casework.registry;

/** A row an import skipped: its line in the file (the header is line 1) and why, in words. */
public record GazetteerRejection(long lineNumber, String reason) {}
