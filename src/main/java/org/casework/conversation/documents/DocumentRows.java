package org.casework.conversation.documents;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.casework.conversation.Document;
import org.casework.conversation.DocumentId;
import org.casework.conversation.Uploader;
import org.casework.engine.CaseId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code documents} table: what is known about each stored file, and which case it is on. */
@Repository
public class DocumentRows {

    private static final String COLUMNS = "id, case_id, type, filename, content_type, size_bytes, storage_key,"
            + " uploaded_by_kind, uploaded_by_id, uploaded_by_name, uploaded_at";

    private final JdbcClient db;

    DocumentRows(JdbcClient db) {
        this.db = db;
    }

    /** A document and the key its bytes are stored under. */
    public record Stored(Document document, String storageKey) {}

    public void insert(Document document, String storageKey) {
        db.sql("insert into documents (" + COLUMNS + ") values (:id, :caseId, :type, :filename, :contentType, :size,"
                        + " :key, :kind, :uploaderId, :uploaderName, :at)")
                .param("id", document.id().value())
                .param(
                        "caseId",
                        document.caseId() == null ? null : document.caseId().value())
                .param("type", document.type())
                .param("filename", document.filename())
                .param("contentType", document.contentType())
                .param("size", document.size())
                .param("key", storageKey)
                .param("kind", document.uploadedBy().kind())
                .param("uploaderId", document.uploadedBy().id())
                .param("uploaderName", document.uploadedBy().name())
                .param("at", Timestamp.from(document.uploadedAt()))
                .update();
    }

    public Optional<Stored> find(DocumentId id) {
        return db.sql("select " + COLUMNS + " from documents where id = :id")
                .param("id", id.value())
                .query(DocumentRows::stored)
                .optional();
    }

    /** The documents with these ids, locked until the transaction ends so two attaches cannot both take one. */
    public List<Document> lock(Collection<DocumentId> ids) {
        if (ids.isEmpty()) return List.of();
        return db
                .sql("select " + COLUMNS + " from documents where id in (:ids) order by id for update")
                .param("ids", ids.stream().map(DocumentId::value).toList())
                .query(DocumentRows::stored)
                .list()
                .stream()
                .map(Stored::document)
                .toList();
    }

    public List<Document> ofCase(CaseId caseId) {
        return db
                .sql("select " + COLUMNS + " from documents where case_id = :caseId order by uploaded_at, id")
                .param("caseId", caseId.value())
                .query(DocumentRows::stored)
                .list()
                .stream()
                .map(Stored::document)
                .toList();
    }

    public void attach(DocumentId id, CaseId caseId) {
        db.sql("update documents set case_id = :caseId where id = :id and case_id is null")
                .param("caseId", caseId.value())
                .param("id", id.value())
                .update();
    }

    /** Unattached uploads older than this, oldest first, a batch at a time. */
    public List<Stored> unattachedBefore(Instant before, int limit) {
        return db.sql("select " + COLUMNS + " from documents where case_id is null and uploaded_at < :before"
                        + " order by uploaded_at limit :limit")
                .param("before", Timestamp.from(before))
                .param("limit", limit)
                .query(DocumentRows::stored)
                .list();
    }

    /** Removes an unattached document's row; false if it was attached meanwhile (then it stays). */
    public boolean deleteUnattached(DocumentId id) {
        return db.sql("delete from documents where id = :id and case_id is null")
                        .param("id", id.value())
                        .update()
                == 1;
    }

    /** What documents are linked to: a message, or a reply to an information request. */
    public enum Link {
        MESSAGE("message_documents", "message_id"),
        REPLY("reply_documents", "request_id");

        private final String table;
        private final String ownerColumn;

        Link(String table, String ownerColumn) {
            this.table = table;
            this.ownerColumn = ownerColumn;
        }
    }

    /** The documents linked to each of these messages or replies, by the owner's id, in the order given. */
    public java.util.Map<UUID, List<Document>> linked(Link link, Collection<UUID> owners) {
        if (owners.isEmpty()) return java.util.Map.of();
        var found = new java.util.LinkedHashMap<UUID, List<Document>>();
        db.sql("select l." + link.ownerColumn + " as owner_id, d.* from " + link.table + " l join documents d"
                        + " on d.id = l.document_id where l." + link.ownerColumn + " in (:owners)"
                        + " order by l.position")
                .param("owners", List.copyOf(owners))
                .query((row, n) -> {
                    found.computeIfAbsent(row.getObject("owner_id", UUID.class), k -> new java.util.ArrayList<>())
                            .add(stored(row, n).document());
                    return null;
                })
                .list();
        return found;
    }

    /** Links documents to a message or a reply, keeping their order. */
    public void link(Link link, UUID owner, List<DocumentId> documents) {
        for (int i = 0; i < documents.size(); i++) {
            db.sql("insert into " + link.table + " (" + link.ownerColumn + ", document_id, position)"
                            + " values (:owner, :document, :position)")
                    .param("owner", owner)
                    .param("document", documents.get(i).value())
                    .param("position", i)
                    .update();
        }
    }

    private static Stored stored(ResultSet row, int n) throws SQLException {
        var caseId = row.getObject("case_id", UUID.class);
        var document = new Document(
                new DocumentId(row.getObject("id", UUID.class)),
                caseId == null ? null : new CaseId(caseId),
                row.getString("type"),
                row.getString("filename"),
                row.getString("content_type"),
                row.getLong("size_bytes"),
                new Uploader(
                        row.getString("uploaded_by_kind"),
                        row.getString("uploaded_by_id"),
                        row.getString("uploaded_by_name")),
                row.getTimestamp("uploaded_at").toInstant());
        return new Stored(document, row.getString("storage_key"));
    }
}
