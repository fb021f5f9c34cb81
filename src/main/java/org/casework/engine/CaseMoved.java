package org.casework.engine;

/**
 * An officer moved the case of a flexible process out of {@code fromStep} to another stage; work waiting at that step
 * is moot.
 */
public record CaseMoved(CaseId caseId, String fromStep, String stage, String actor) {}
