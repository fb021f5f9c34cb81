package org.casework.conversation;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.casework.conversation.messages.MessageRows;
import org.casework.engine.CaseId;
import org.casework.engine.Cases;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The conversation between staff and the citizen on a case: a thread either side adds to at any time, with
 * documents. The timeline records that a message was sent and which way, never what it says.
 */
@Service
public class Messages {

    /** As long as a note: a longer explanation belongs in a document. */
    public static final int MAX_LENGTH = 4000;

    private final MessageRows rows;
    private final Documents documents;
    private final Cases cases;
    private final Clock clock;

    Messages(MessageRows rows, Documents documents, Cases cases, Clock clock) {
        this.rows = rows;
        this.documents = documents;
        this.cases = cases;
        this.clock = clock;
    }

    /**
     * Adds a message from {@code staff} or the {@code citizen}. Attachments must already be on the case, or be
     * unattached uploads of the same kind and name as the author (prefer {@link #post(CaseId, Uploader, String,
     * List)}, which checks by who uploaded them); those are attached to the case now.
     */
    @Transactional
    public Message post(CaseId caseId, String from, String author, String text, List<DocumentId> attachments) {
        requireSender(from);
        var actor = from.equals(Message.STAFF) ? author : Uploader.CITIZEN;
        return add(
                caseId,
                from,
                author,
                actor,
                text,
                attachments,
                uploader -> uploader.kind().equals(from) && uploader.name().equals(author));
    }

    /**
     * Adds a message from this person (staff, or a citizen); attachments must already be on the case or be their own
     * unattached uploads, which are attached to the case now.
     */
    @Transactional
    public Message post(CaseId caseId, Uploader author, String text, List<DocumentId> attachments) {
        requireSender(author.kind());
        return add(caseId, author.kind(), author.name(), author.actor(), text, attachments, author::sameAs);
    }

    /** The case's messages, oldest first. */
    public List<Message> thread(CaseId caseId) {
        return rows.ofCase(caseId);
    }

    private Message add(
            CaseId caseId,
            String from,
            String author,
            String actor,
            String text,
            List<DocumentId> attachments,
            java.util.function.Predicate<Uploader> mayTake) {
        var trimmed = text == null ? "" : text.strip();
        if (trimmed.isEmpty()) throw new MessageRefused("Enter a message");
        if (trimmed.length() > MAX_LENGTH) {
            throw new MessageRefused("A message must be %,d characters or fewer".formatted(MAX_LENGTH));
        }
        cases.lock(caseId);
        var sent = documents.takeOnto(caseId, attachments, mayTake);
        var message = new Message(UUID.randomUUID(), caseId, from, author, trimmed, sent, clock.instant());
        rows.insert(message, actor);
        cases.record(
                caseId,
                from.equals(Message.CITIZEN) ? "message-from-citizen" : "message-to-citizen",
                actor,
                null,
                Map.of());
        return message;
    }

    private static void requireSender(String from) {
        if (!Message.STAFF.equals(from) && !Message.CITIZEN.equals(from)) {
            throw new IllegalArgumentException("A message is from staff or citizen, not " + from);
        }
    }
}
