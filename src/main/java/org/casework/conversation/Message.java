package org.casework.conversation;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.casework.engine.CaseId;

/**
 * One message in the conversation on a case: {@code from} is {@code staff} or {@code citizen}, {@code author} the name
 * shown, and any documents sent with it.
 */
public record Message(
        UUID id, CaseId caseId, String from, String author, String text, List<Document> documents, Instant at) {

    public static final String STAFF = "staff";
    public static final String CITIZEN = "citizen";

    public Message {
        documents = List.copyOf(documents);
    }
}
