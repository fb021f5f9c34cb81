package org.casework.definition;

import java.time.Instant;

/**
 * A process's draft as the designer edits it: the document, and the count of its saves ({@code revision}) that an
 * edit sends back, so that a save made on top of someone else's is refused instead of quietly undoing theirs.
 */
public record DraftView(ProcessDefinition definition, int revision, Instant updatedAt, String updatedBy) {}
