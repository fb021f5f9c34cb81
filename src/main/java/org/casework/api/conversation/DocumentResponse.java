package org.casework.api.conversation;

import java.time.Instant;
import java.util.UUID;
import org.casework.conversation.Document;
import org.casework.conversation.Uploader;

/** A document as the API shows it; {@code content} is where its bytes are downloaded from. */
record DocumentResponse(
        UUID id,
        UUID caseId,
        String type,
        String filename,
        String contentType,
        long size,
        Uploader uploadedBy,
        Instant uploadedAt,
        String content) {

    static DocumentResponse from(Document document) {
        return new DocumentResponse(
                document.id().value(),
                document.caseId() == null ? null : document.caseId().value(),
                document.type(),
                document.filename(),
                document.contentType(),
                document.size(),
                document.uploadedBy(),
                document.uploadedAt(),
                "/api/v1/documents/" + document.id() + "/content");
    }
}
