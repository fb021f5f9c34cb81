package org.casework.conversation.requests;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.casework.conversation.Document;
import org.casework.conversation.InformationRequest;
import org.casework.conversation.InformationRequestId;
import org.casework.conversation.documents.DocumentRows;
import org.casework.engine.CaseId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code information_requests} table, with each reply's documents. */
@Repository
public class InformationRequestRows {

    private static final String COLUMNS = "id, case_id, message, document_types, reply_by, requested_by, step, token,"
            + " status, requested_at, reply_text, replied_at";

    private final JdbcClient db;
    private final DocumentRows documents;

    InformationRequestRows(JdbcClient db, DocumentRows documents) {
        this.db = db;
        this.documents = documents;
    }

    public void insert(InformationRequest request) {
        db.sql("""
                        insert into information_requests (id, case_id, message, document_types, reply_by, requested_by,
                            step, token, status, requested_at)
                        values (:id, :caseId, :message, :types, :replyBy, :requestedBy, :step, :token, :status, :at)""")
                .param("id", request.id().value())
                .param("caseId", request.caseId().value())
                .param("message", request.message())
                .param("types", String.join(",", request.documentTypes()))
                .param("replyBy", request.replyBy())
                .param("requestedBy", request.requestedBy())
                .param("step", request.step())
                .param("token", request.token())
                .param("status", request.status())
                .param("at", Timestamp.from(request.requestedAt()))
                .update();
    }

    public Optional<InformationRequest> find(InformationRequestId id) {
        return withReplies(db.sql("select " + COLUMNS + " from information_requests where id = :id")
                        .param("id", id.value())
                        .query(InformationRequestRows::request)
                        .list())
                .stream()
                .findFirst();
    }

    /** The case's requests, newest first. */
    public List<InformationRequest> ofCase(CaseId caseId) {
        return withReplies(db.sql("select " + COLUMNS + " from information_requests where case_id = :caseId"
                        + " order by requested_at desc, id")
                .param("caseId", caseId.value())
                .query(InformationRequestRows::request)
                .list());
    }

    /** The case's requests with this status, newest first. */
    public List<InformationRequest> ofCase(CaseId caseId, String status) {
        return withReplies(db.sql("select " + COLUMNS + " from information_requests where case_id = :caseId"
                        + " and status = :status order by requested_at desc, id")
                .param("caseId", caseId.value())
                .param("status", status)
                .query(InformationRequestRows::request)
                .list());
    }

    /** Records the reply, if the request takes one (see {@code InformationRequests}); the caller holds the case lock. */
    public void answer(InformationRequestId id, String text, List<Document> attached, String actor, Instant at) {
        var changed = db.sql("""
                        update information_requests set status = 'answered', reply_text = :text, replied_at = :at,
                            replied_by = :actor
                        where id = :id and (status = 'outstanding' or (status = 'overdue' and step is not null))""")
                .param("id", id.value())
                .param("text", text)
                .param("at", Timestamp.from(at))
                .param("actor", actor)
                .update();
        if (changed != 1) throw new IllegalStateException("Information request " + id + " takes no reply");
        documents.link(
                DocumentRows.Link.REPLY,
                id.value(),
                attached.stream().map(Document::id).toList());
    }

    /**
     * Whether the case awaits nothing more from the citizen: no request outstanding, and no overdue request of the step
     * the case still waits at (such a step goes on waiting for a late reply).
     */
    public boolean awaitsNothing(CaseId caseId, String currentStep) {
        return db.sql("""
                        select count(*) from information_requests
                        where case_id = :caseId
                          and (status = 'outstanding' or (status = 'overdue' and step = :step))""")
                        .param("caseId", caseId.value())
                        .param("step", currentStep == null ? "" : currentStep)
                        .query(Long.class)
                        .single()
                == 0;
    }

    /** Moves an outstanding request to another status; false if it was not outstanding. */
    public boolean close(InformationRequestId id, String status) {
        return db.sql("update information_requests set status = :status where id = :id and status = 'outstanding'")
                        .param("id", id.value())
                        .param("status", status)
                        .update()
                == 1;
    }

    /** Notes that the reminder went out; false if it already had, or the request is no longer outstanding. */
    public boolean markReminded(InformationRequestId id, Instant at) {
        return db.sql("""
                        update information_requests set reminder_sent_at = :at
                        where id = :id and status = 'outstanding' and reminder_sent_at is null""")
                        .param("id", id.value())
                        .param("at", Timestamp.from(at))
                        .update()
                == 1;
    }

    private List<InformationRequest> withReplies(List<InformationRequest> requests) {
        var answered = requests.stream()
                .filter(r -> r.reply() != null)
                .map(r -> r.id().value())
                .toList();
        if (answered.isEmpty()) return requests;
        var replyDocuments = documents.linked(DocumentRows.Link.REPLY, answered);
        return requests.stream()
                .map(r -> r.reply() == null
                        ? r
                        : new InformationRequest(
                                r.id(),
                                r.caseId(),
                                r.message(),
                                r.documentTypes(),
                                r.replyBy(),
                                r.requestedBy(),
                                r.step(),
                                r.token(),
                                r.status(),
                                r.requestedAt(),
                                new InformationRequest.Reply(
                                        r.reply().text(),
                                        replyDocuments.getOrDefault(r.id().value(), List.of()),
                                        r.reply().at())))
                .toList();
    }

    private static InformationRequest request(ResultSet row, int n) throws SQLException {
        var types = row.getString("document_types");
        var token = row.getObject("token", Integer.class);
        var repliedAt = row.getTimestamp("replied_at");
        return new InformationRequest(
                new InformationRequestId(row.getObject("id", UUID.class)),
                new CaseId(row.getObject("case_id", UUID.class)),
                row.getString("message"),
                types.isEmpty() ? List.of() : Arrays.asList(types.split(",")),
                row.getObject("reply_by", java.time.LocalDate.class),
                row.getString("requested_by"),
                row.getString("step"),
                token,
                row.getString("status"),
                row.getTimestamp("requested_at").toInstant(),
                repliedAt == null
                        ? null
                        : new InformationRequest.Reply(row.getString("reply_text"), List.of(), repliedAt.toInstant()));
    }
}
