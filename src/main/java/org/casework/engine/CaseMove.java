package org.casework.engine;

/**
 * One active case in a migration to another version of its process: where it waits now, where it would wait on the
 * new version, and whether it can move ({@code possible}) with the reason in words. After a migration, {@code
 * possible} says whether it moved.
 */
public record CaseMove(
        CaseId caseId,
        String reference,
        int fromVersion,
        String step,
        String toStep,
        boolean stepChanges,
        boolean possible,
        String reason) {}
