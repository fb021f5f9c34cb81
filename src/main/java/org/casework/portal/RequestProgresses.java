package org.casework.portal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import org.casework.conversation.Document;
import org.casework.conversation.InformationRequest;
import org.casework.conversation.InformationRequests;
import org.casework.conversation.Message;
import org.casework.conversation.Messages;
import org.casework.conversation.Notes;
import org.casework.engine.CaseStatus;
import org.casework.engine.CaseView;
import org.casework.engine.Cases;
import org.casework.platform.CouncilTime;
import org.springframework.stereotype.Service;

/**
 * Builds the citizen's view of a request from the case and its timeline. Only what is meant for the citizen gets in:
 * stage changes, the closing outcome, messages both ways, information requests and replies, and notes officers
 * marked for the citizen — without officers' names.
 */
@Service
public class RequestProgresses {

    private final Cases cases;
    private final Notes notes;
    private final Messages messages;
    private final InformationRequests informationRequests;
    private final Clock clock;

    RequestProgresses(
            Cases cases, Notes notes, Messages messages, InformationRequests informationRequests, Clock clock) {
        this.messages = messages;
        this.informationRequests = informationRequests;
        this.cases = cases;
        this.notes = notes;
        this.clock = clock;
    }

    /** The request with the timeline the citizen may see, for its own page. */
    public RequestProgress of(CaseView request) {
        var asked = informationRequests.of(request.id());
        return progress(request, asked, timeline(request, asked));
    }

    /** The request without its timeline, for a list of requests, which shows none. */
    public RequestProgress summary(CaseView request) {
        return progress(request, informationRequests.of(request.id()), java.util.List.of());
    }

    private RequestProgress progress(
            CaseView request, java.util.List<InformationRequest> asked, java.util.List<CitizenEvent> timeline) {
        var stages = request.stages();
        var current = request.currentStage();
        CaseView.StageView next = null;
        if (current != null) {
            var at = stages.indexOf(current);
            if (at + 1 < stages.size()) next = stages.get(at + 1);
        }
        var today = CouncilTime.dayOf(clock.instant());
        var onTrack = !request.status().isActive()
                || request.dueOn() == null
                || !request.dueOn().isBefore(today);
        var outstanding = asked.stream()
                .filter(one -> InformationRequest.OUTSTANDING.equals(one.status()))
                .toList();
        var waitingForYou = request.status().isActive() && !outstanding.isEmpty();
        return new RequestProgress(
                request,
                waitingForYou ? "Waiting for your reply" : status(request.status()),
                current,
                next,
                request.estimatedCompletion(),
                onTrack,
                outstanding,
                timeline);
    }

    private java.util.List<CitizenEvent> timeline(CaseView request, java.util.List<InformationRequest> asked) {
        var events = new ArrayList<CitizenEvent>();
        var stageNames = new java.util.HashMap<String, CaseView.StageView>();
        request.stages().forEach(stage -> stageNames.put(stage.key(), stage));
        for (var entry : cases.timeline(request.id())) {
            switch (entry.type()) {
                case "case-started" -> events.add(new CitizenEvent(entry.at(), "Request received", null, null));
                case "stage-entered" -> {
                    var stage = stageNames.get(String.valueOf(entry.detail().get("stage")));
                    if (stage != null)
                        events.add(new CitizenEvent(entry.at(), stage.name(), stage.description(), null));
                }
                case "case-closed" ->
                    events.add(new CitizenEvent(
                            entry.at(),
                            "Request completed",
                            outcome(entry.detail().get("outcome")),
                            null));
                case "case-abandoned" -> events.add(new CitizenEvent(entry.at(), "Request closed", null, null));
                case "information-request-withdrawn" ->
                    events.add(new CitizenEvent(
                            entry.at(), "We no longer need the information we asked for", null, "council"));
                default -> {}
            }
        }
        for (var message : messages.thread(request.id())) {
            var fromCouncil = Message.STAFF.equals(message.from());
            events.add(new CitizenEvent(
                    message.at(),
                    fromCouncil ? "Message from the council" : "Your message",
                    withDocuments(message.text(), message.documents()),
                    fromCouncil ? "council" : "you"));
        }
        for (var one : asked) {
            events.add(new CitizenEvent(one.requestedAt(), "We asked you for information", one.message(), "council"));
            if (one.reply() != null) {
                events.add(new CitizenEvent(
                        one.reply().at(),
                        "You replied",
                        withDocuments(one.reply().text(), one.reply().documents()),
                        "you"));
            }
        }
        for (var note : notes.of(request.id())) {
            if (note.visibleToCitizen()) {
                events.add(new CitizenEvent(note.at(), "Message from the council", note.text(), "council"));
            }
        }
        events.sort(Comparator.comparing(CitizenEvent::at).reversed());
        return events;
    }

    /** The text with the names of the files sent with it, so the citizen sees what arrived. */
    private static String withDocuments(String text, java.util.List<Document> documents) {
        var files = documents.stream().map(Document::filename).toList();
        if (files.isEmpty()) return text;
        var sent = "Documents: " + String.join(", ", files);
        return text == null || text.isBlank() ? sent : text + "\n" + sent;
    }

    private static String outcome(Object outcome) {
        if (outcome == null) return null;
        var words = String.valueOf(outcome).replace('-', ' ');
        return "Outcome: " + Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private static String status(CaseStatus status) {
        return switch (status) {
            case OPEN -> "In progress";
            case WAITING -> "Waiting";
            case CLOSED -> "Completed";
            case ABANDONED -> "Closed";
        };
    }
}
