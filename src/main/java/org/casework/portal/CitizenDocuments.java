package org.casework.portal;

import java.util.List;
import java.util.Optional;
import org.casework.conversation.Document;
import org.casework.conversation.DocumentId;
import org.casework.conversation.Documents;
import org.casework.conversation.Messages;
import org.casework.conversation.Uploader;
import org.casework.engine.CaseView;
import org.springframework.stereotype.Service;

/**
 * The documents of a request its citizen may see and download: those the citizen sent, and those the council sent them
 * with a message. Documents officers put on the case for themselves stay internal.
 */
@Service
public class CitizenDocuments {

    private final Documents documents;
    private final Messages messages;

    CitizenDocuments(Documents documents, Messages messages) {
        this.documents = documents;
        this.messages = messages;
    }

    public List<Document> of(CaseView request) {
        var sentToCitizen = messages.thread(request.id()).stream()
                .flatMap(message -> message.documents().stream())
                .map(Document::id)
                .toList();
        return documents.of(request.id()).stream()
                .filter(document ->
                        Uploader.CITIZEN.equals(document.uploadedBy().kind()) || sentToCitizen.contains(document.id()))
                .toList();
    }

    public Optional<Document> find(CaseView request, DocumentId id) {
        return of(request).stream().filter(found -> found.id().equals(id)).findFirst();
    }
}
