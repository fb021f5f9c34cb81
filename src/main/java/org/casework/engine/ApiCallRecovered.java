package org.casework.engine;

/**
 * An API step's call succeeded (an administrator retried it) after it had failed every attempt and its work had gone
 * to the failure team: the case has moved on, so the team's task for that visit is no longer needed.
 */
public record ApiCallRecovered(CaseId caseId, String step, int token) {}
