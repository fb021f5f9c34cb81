package org.casework.conversation;

import java.time.Instant;
import org.casework.engine.CaseId;

/**
 * A file someone uploaded: its type (such as {@code proof-of-address}), its name as uploaded, its content type as
 * detected from the content (never as the sender claimed) and its size in bytes. {@code caseId} is null until the
 * document is attached to a case (a citizen may upload while filling in a form, before the case exists).
 */
public record Document(
        DocumentId id,
        CaseId caseId,
        String type,
        String filename,
        String contentType,
        long size,
        Uploader uploadedBy,
        Instant uploadedAt) {}
