package org.casework.conversation;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.casework.engine.CaseId;
import org.casework.engine.Cases;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Officers' notes on cases. Who may write or read them is the caller's check (the case pages use CaseAccess). */
@Service
public class Notes {

    /** Long enough for a telephone call's summary; longer belongs in a document. */
    public static final int MAX_LENGTH = 4000;

    private final JdbcClient db;
    private final Cases cases;
    private final Clock clock;

    Notes(JdbcClient db, Cases cases, Clock clock) {
        this.db = db;
        this.cases = cases;
        this.clock = clock;
    }

    /**
     * Adds a note and records on the case's timeline that one was added (not what it says: the timeline is read
     * more widely than private notes may be).
     */
    @Transactional
    public Note add(CaseId caseId, String text, boolean visibleToCitizen, String author) {
        var trimmed = text == null ? "" : text.strip();
        if (trimmed.isEmpty()) throw new NoteRefused("Enter a note");
        if (trimmed.length() > MAX_LENGTH) {
            throw new NoteRefused("A note must be " + MAX_LENGTH + " characters or fewer");
        }
        cases.lock(caseId);
        var note = new Note(UUID.randomUUID(), caseId, trimmed, visibleToCitizen, author, clock.instant());
        db.sql("""
                        insert into case_notes (id, case_id, text, visible_to_citizen, author, created_at)
                        values (:id, :caseId, :text, :visible, :author, :at)""")
                .param("id", note.id())
                .param("caseId", caseId.value())
                .param("text", note.text())
                .param("visible", visibleToCitizen)
                .param("author", author)
                .param("at", Timestamp.from(note.at()))
                .update();
        cases.record(caseId, visibleToCitizen ? "public-note-added" : "note-added", author, null, Map.of());
        return note;
    }

    /** The case's notes, newest first. */
    public List<Note> of(CaseId caseId) {
        return db.sql("""
                        select id, case_id, text, visible_to_citizen, author, created_at from case_notes
                        where case_id = :caseId order by created_at desc, id""")
                .param("caseId", caseId.value())
                .query((row, n) -> new Note(
                        row.getObject("id", UUID.class),
                        new CaseId(row.getObject("case_id", UUID.class)),
                        row.getString("text"),
                        row.getBoolean("visible_to_citizen"),
                        row.getString("author"),
                        row.getTimestamp("created_at").toInstant()))
                .list();
    }
}
