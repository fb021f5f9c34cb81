package org.casework.conversation.messages;

import java.sql.Timestamp;
import java.util.List;
import java.util.UUID;
import org.casework.conversation.Message;
import org.casework.conversation.documents.DocumentRows;
import org.casework.engine.CaseId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code case_messages} table and the documents sent with each message. */
@Repository
public class MessageRows {

    private final JdbcClient db;
    private final DocumentRows documents;

    MessageRows(JdbcClient db, DocumentRows documents) {
        this.db = db;
        this.documents = documents;
    }

    public void insert(Message message, String actor) {
        db.sql("""
                        insert into case_messages (id, case_id, sender, author, actor, text, created_at)
                        values (:id, :caseId, :sender, :author, :actor, :text, :at)""")
                .param("id", message.id())
                .param("caseId", message.caseId().value())
                .param("sender", message.from())
                .param("author", message.author())
                .param("actor", actor)
                .param("text", message.text())
                .param("at", Timestamp.from(message.at()))
                .update();
        documents.link(
                DocumentRows.Link.MESSAGE,
                message.id(),
                message.documents().stream().map(d -> d.id()).toList());
    }

    /** The case's messages, oldest first, each with its documents. */
    public List<Message> ofCase(CaseId caseId) {
        record Row(UUID id, String from, String author, String text, java.time.Instant at) {}
        var found = db.sql("""
                        select id, sender, author, text, created_at from case_messages
                        where case_id = :caseId order by created_at, id""")
                .param("caseId", caseId.value())
                .query((row, n) -> new Row(
                        row.getObject("id", UUID.class),
                        row.getString("sender"),
                        row.getString("author"),
                        row.getString("text"),
                        row.getTimestamp("created_at").toInstant()))
                .list();
        var attached = documents.linked(
                DocumentRows.Link.MESSAGE, found.stream().map(Row::id).toList());
        return found.stream()
                .map(row -> new Message(
                        row.id(),
                        caseId,
                        row.from(),
                        row.author(),
                        row.text(),
                        attached.getOrDefault(row.id(), List.of()),
                        row.at()))
                .toList();
    }
}
