package org.casework.engine;

/**
 * A case moved to a newer version of its process. When {@code stepChanged} it now waits at another step (or the
 * same step re-entered), so any work open for the old step is moot and the new step's work follows; otherwise its
 * open work goes on as it was.
 */
public record CaseMigrated(
        CaseId caseId, int fromVersion, int toVersion, String fromStep, String toStep, boolean stepChanged) {}
