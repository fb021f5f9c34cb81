package org.casework.api.citizen;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.casework.conversation.Document;
import org.casework.conversation.InformationRequest;
import org.casework.conversation.Uploader;
import org.casework.engine.CaseView;
import org.casework.portal.CitizenEvent;
import org.casework.portal.RequestProgress;

/**
 * A request as its citizen follows it on the portal: where it is in the process's words for citizens, what comes
 * next, the dates, whether it is on track, what the council is waiting for from them, the timeline meant for them
 * (newest first, no officers' names or internal notes) and the documents they may download.
 */
record RequestDetail(
        String reference,
        String service,
        String status,
        boolean finished,
        boolean onTrack,
        boolean waitingForYou,
        Stage currentStage,
        Stage nextStage,
        LocalDate dueOn,
        LocalDate estimatedCompletion,
        Instant madeAt,
        List<Asked> informationRequests,
        List<Event> timeline,
        List<DocumentView> documents) {

    record Stage(String name, String description, LocalDate targetDate) {

        static Stage from(CaseView.StageView stage) {
            return stage == null ? null : new Stage(stage.name(), stage.description(), stage.targetDate());
        }
    }

    /** An information request waiting for the citizen's reply. */
    record Asked(UUID id, String message, List<String> documentTypes, LocalDate replyBy) {

        static Asked from(InformationRequest asked) {
            return new Asked(asked.id().value(), asked.message(), asked.documentTypes(), asked.replyBy());
        }
    }

    /** {@code from} is {@code council} or {@code you} for messages, null for everything else. */
    record Event(Instant at, String title, String text, String from) {

        static Event from(CitizenEvent event) {
            return new Event(event.at(), event.title(), event.text(), event.from());
        }
    }

    /** {@code sentBy} is {@code you} for the citizen's own documents, {@code council} for those sent to them. */
    record DocumentView(
            UUID id, String type, String filename, String contentType, long size, String sentBy, Instant at) {

        static DocumentView from(Document document) {
            return new DocumentView(
                    document.id().value(),
                    document.type(),
                    document.filename(),
                    document.contentType(),
                    document.size(),
                    Uploader.CITIZEN.equals(document.uploadedBy().kind()) ? "you" : "council",
                    document.uploadedAt());
        }
    }

    static RequestDetail from(RequestProgress progress, List<Document> documents) {
        var request = progress.request();
        return new RequestDetail(
                request.reference(),
                request.processName(),
                progress.status(),
                progress.finished(),
                progress.onTrack(),
                progress.waitingForYou(),
                Stage.from(progress.current()),
                Stage.from(progress.next()),
                request.dueOn(),
                progress.estimatedCompletion(),
                request.createdAt(),
                progress.waitingForYou()
                        ? progress.asked().stream().map(Asked::from).toList()
                        : List.of(),
                progress.timeline().stream().map(Event::from).toList(),
                documents.stream().map(DocumentView::from).toList());
    }
}
