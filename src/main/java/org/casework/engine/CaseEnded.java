package org.casework.engine;

/** A case closed at an end step or was abandoned; any work still open on it is moot. */
public record CaseEnded(CaseId caseId, CaseStatus status, String actor) {}
