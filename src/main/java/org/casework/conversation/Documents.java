package org.casework.conversation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.casework.conversation.documents.ContentCheck;
import org.casework.conversation.documents.DocumentRows;
import org.casework.conversation.documents.DocumentStore;
import org.casework.engine.CaseId;
import org.casework.engine.Cases;
import org.casework.engine.TimelineEntry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Documents on cases: uploading (checked by content, size and type before anything is kept), attaching uploads to a
 * case, listing and opening them. Who may see a case's documents is the caller's check (the pages and the API use
 * CaseAccess; the portal the citizen's own requests).
 *
 * <p>The file is written first and its row second, outside any case lock, so a slow upload holds up nobody. If the
 * row cannot be written the file is removed; a crash between the two leaves a file no row names (an orphan), which
 * only wastes space: nothing can reach it. A sweep of the store for such files is left for when a store needs one.
 */
@Service
public class Documents {

    private static final Logger log = LoggerFactory.getLogger(Documents.class);

    /** Document types are keys such as {@code proof-of-address}: they appear in URLs, forms and the timeline. */
    private static final Pattern TYPE = Pattern.compile("[a-z0-9][a-z0-9-]{0,59}");

    private static final int MAX_FILENAME = 255;

    private final DocumentRows rows;
    private final DocumentStore store;
    private final ContentCheck check;
    private final Cases cases;
    private final TransactionTemplate transaction;
    private final DocumentProperties properties;
    private final Clock clock;

    Documents(
            DocumentRows rows,
            DocumentStore store,
            ContentCheck check,
            Cases cases,
            TransactionTemplate transaction,
            DocumentProperties properties,
            Clock clock) {
        this.rows = rows;
        this.store = store;
        this.check = check;
        this.cases = cases;
        this.transaction = transaction;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Stores a document that is on no case yet, such as one a citizen uploads while filling in a form; {@link
     * #attach} puts it on the case once there is one.
     */
    public Document upload(String type, String filename, InputStream content, Uploader by) {
        return store(null, type, filename, content, by);
    }

    /** Stores a document on a case and records on its timeline that it was added (its type and file name only). */
    public Document upload(CaseId caseId, String type, String filename, InputStream content, Uploader by) {
        java.util.Objects.requireNonNull(caseId, "caseId");
        return store(caseId, type, filename, content, by);
    }

    /**
     * Moves the owner's unattached uploads onto the case. Refuses, changing nothing, if any of them is someone else's,
     * unknown, or already on a case.
     */
    public void attach(CaseId caseId, Collection<DocumentId> ids, Uploader owner) {
        transaction.executeWithoutResult(status -> {
            cases.lock(caseId);
            var wanted = List.copyOf(new LinkedHashSet<>(ids));
            var found = rows.lock(wanted);
            if (found.size() != wanted.size()) throw notFound();
            for (var document : found) {
                if (!document.uploadedBy().sameAs(owner)) throw notYours();
                if (document.caseId() != null) {
                    throw new DocumentRefused(
                            "documents", DocumentRefused.Kind.NOT_YOURS, "The selected file is already on a case");
                }
            }
            for (var document : found) attachOne(document, caseId);
        });
    }

    /** The case's documents, oldest first. */
    public List<Document> of(CaseId caseId) {
        return rows.ofCase(caseId);
    }

    public Optional<Document> find(DocumentId id) {
        return rows.find(id).map(DocumentRows.Stored::document);
    }

    /** The document's bytes; the caller closes the stream. Throws if there is no such document. */
    public InputStream open(DocumentId id) {
        var stored = rows.find(id).orElseThrow(() -> new IllegalArgumentException("No document " + id));
        try {
            return store.get(stored.storageKey());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What a file must be, for a hint beside an upload: "a PDF, JPG, PNG, DOCX or ODT, smaller than 10MB". */
    public String limits() {
        return "a " + ContentCheck.allowedNames(properties.allowedTypes()) + ", smaller than "
                + ContentCheck.describe(properties.maxSize());
    }

    /** The message for a file too large to be read at all (refused before it reaches {@link #upload}). */
    public String tooLarge() {
        return "The selected file must be smaller than " + ContentCheck.describe(properties.maxSize());
    }

    /** The document types staff choose from, from {@code casework.documents.types}. */
    public List<String> types() {
        return properties.types();
    }

    /**
     * For messages and replies, inside the caller's transaction and case lock: the documents, in the order given,
     * each either already on this case or an unattached upload the caller may take (which is attached now).
     */
    List<Document> takeOnto(CaseId caseId, List<DocumentId> ids, Predicate<Uploader> mayTake) {
        if (ids == null || ids.isEmpty()) return List.of();
        var wanted = List.copyOf(new LinkedHashSet<>(ids));
        var found = rows.lock(wanted);
        if (found.size() != wanted.size()) throw notFound();
        var byId = new java.util.HashMap<DocumentId, Document>();
        found.forEach(document -> byId.put(document.id(), document));
        var taken = new ArrayList<Document>();
        for (var id : wanted) {
            var document = byId.get(id);
            if (caseId.equals(document.caseId())) {
                taken.add(document);
            } else if (document.caseId() == null && mayTake.test(document.uploadedBy())) {
                taken.add(attachOne(document, caseId));
            } else {
                throw notYours();
            }
        }
        return taken;
    }

    private Document attachOne(Document document, CaseId caseId) {
        rows.attach(document.id(), caseId);
        recordAdded(caseId, document);
        return new Document(
                document.id(),
                caseId,
                document.type(),
                document.filename(),
                document.contentType(),
                document.size(),
                document.uploadedBy(),
                document.uploadedAt());
    }

    private Document store(CaseId caseId, String type, String filename, InputStream content, Uploader by) {
        java.util.Objects.requireNonNull(by, "by");
        if (type == null || !TYPE.matcher(type.strip()).matches()) {
            throw new DocumentRefused("type", DocumentRefused.Kind.INVALID, "Select the type of document");
        }
        if (content == null) throw new DocumentRefused("file", DocumentRefused.Kind.EMPTY, "Select a file");
        var key = UUID.randomUUID().toString();
        try (var incoming = check.check(content)) {
            var document = new Document(
                    DocumentId.random(),
                    caseId,
                    type.strip(),
                    cleanName(filename),
                    incoming.contentType(),
                    incoming.size(),
                    by,
                    clock.instant());
            try (var in = incoming.open()) {
                store.put(key, in);
            }
            try {
                transaction.executeWithoutResult(status -> {
                    if (caseId != null) cases.lock(caseId);
                    rows.insert(document, key);
                    if (caseId != null) recordAdded(caseId, document);
                });
            } catch (RuntimeException e) {
                removeQuietly(key);
                throw e;
            }
            return document;
        } catch (IOException e) {
            removeQuietly(key);
            throw new UncheckedIOException(e);
        }
    }

    private void recordAdded(CaseId caseId, Document document) {
        cases.record(
                caseId,
                "document-added",
                document.uploadedBy().actor(),
                null,
                TimelineEntry.details("type", document.type(), "filename", document.filename()));
    }

    private void removeQuietly(String key) {
        try {
            store.delete(key);
        } catch (IOException | RuntimeException e) {
            log.warn("Could not remove the stored file {} of a document that was not kept: {}", key, e.toString());
        }
    }

    /**
     * The name as uploaded, without any folder a browser sent with it, control characters or more than 255
     * characters (the extension kept). Only ever shown, and sent back in Content-Disposition; never a path.
     */
    static String cleanName(String filename) {
        var name = filename == null ? "" : filename;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("\\p{Cntrl}", "").strip();
        if (name.isEmpty()) return "document";
        if (name.length() <= MAX_FILENAME) return name;
        var dot = name.lastIndexOf('.');
        var extension = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
        return name.substring(0, MAX_FILENAME - extension.length()) + extension;
    }

    private static DocumentRefused notFound() {
        return new DocumentRefused("documents", DocumentRefused.Kind.NOT_YOURS, "The selected file could not be found");
    }

    private static DocumentRefused notYours() {
        return new DocumentRefused(
                "documents", DocumentRefused.Kind.NOT_YOURS, "The selected file cannot be attached to this case");
    }
}
