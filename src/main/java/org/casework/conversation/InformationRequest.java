package org.casework.conversation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.casework.engine.CaseId;

/**
 * Something asked of the citizen on a case: a message, the types of document wanted, and the day to reply by.
 * {@code step} and {@code token} name the process's information-request step that asked (both null for a request
 * staff made by hand). {@code status} is {@code outstanding}, {@code answered}, {@code overdue} (the reply-by day
 * passed without a reply) or {@code withdrawn} (the case ended first); {@code reply} is null until answered.
 */
public record InformationRequest(
        InformationRequestId id,
        CaseId caseId,
        String message,
        List<String> documentTypes,
        LocalDate replyBy,
        String requestedBy,
        String step,
        Integer token,
        String status,
        Instant requestedAt,
        Reply reply) {

    public static final String OUTSTANDING = "outstanding";
    public static final String ANSWERED = "answered";
    public static final String OVERDUE = "overdue";
    public static final String WITHDRAWN = "withdrawn";

    public InformationRequest {
        documentTypes = List.copyOf(documentTypes);
    }

    /** The citizen's answer: some text, documents, or both. */
    public record Reply(String text, List<Document> documents, Instant at) {

        public Reply {
            documents = List.copyOf(documents);
        }
    }
}
