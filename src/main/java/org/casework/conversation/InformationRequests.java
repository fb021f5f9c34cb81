package org.casework.conversation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.casework.conversation.requests.InformationRequestJobs;
import org.casework.conversation.requests.InformationRequestRows;
import org.casework.definition.Action;
import org.casework.engine.CaseConflict;
import org.casework.engine.CaseEnded;
import org.casework.engine.CaseId;
import org.casework.engine.CaseMoved;
import org.casework.engine.Cases;
import org.casework.engine.InformationRequestStepReached;
import org.casework.engine.TimelineEntry;
import org.casework.platform.CouncilTime;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Asking the citizen for information: a message, the types of document wanted and a day to reply by; the citizen's
 * reply (text, documents or both); a reminder before the day and the request marked overdue after it. Who may ask or
 * reply is the caller's check (staff pages and the API use CaseAccess; the portal the citizen's own requests).
 *
 * <p>A request comes from staff by hand, or from a process's information-request step ({@link
 * InformationRequestStepReached}). A step's request pauses and resumes the case's SLA through the engine as the case
 * arrives at and leaves the step; one made by hand pauses it here (if the process pauses at all) and resumes it when
 * nothing more is awaited from the citizen.
 */
@Service
public class InformationRequests {

    public static final int MAX_LENGTH = 4000;

    private final InformationRequestRows rows;
    private final InformationRequestJobs jobs;
    private final Documents documents;
    private final Cases cases;
    private final Clock clock;

    InformationRequests(
            InformationRequestRows rows, InformationRequestJobs jobs, Documents documents, Cases cases, Clock clock) {
        this.rows = rows;
        this.jobs = jobs;
        this.documents = documents;
        this.cases = cases;
        this.clock = clock;
    }

    /**
     * Staff ask by hand. The document types must be from {@code casework.documents.types} (none is fine: the message
     * may ask a question), and the reply-by day must be after today.
     */
    @Transactional
    public InformationRequest request(
            CaseId caseId, String message, List<String> documentTypes, LocalDate replyBy, String requestedBy) {
        var text = message == null ? "" : message.strip();
        if (text.isEmpty()) throw new InformationRequestRefused("message", "Enter what you need from the citizen");
        if (text.length() > MAX_LENGTH) {
            throw new InformationRequestRefused(
                    "message", "The message must be %,d characters or fewer".formatted(MAX_LENGTH));
        }
        var types = List.copyOf(new LinkedHashSet<>(documentTypes == null ? List.of() : documentTypes));
        if (!documents.types().containsAll(types)) {
            throw new InformationRequestRefused("documentTypes", "Select document types from the list");
        }
        if (replyBy == null) throw new InformationRequestRefused("replyBy", "Enter the date to reply by");
        if (!replyBy.isAfter(CouncilTime.dayOf(clock.instant()))) {
            throw new InformationRequestRefused("replyBy", "The date to reply by must be in the future");
        }
        cases.lock(caseId);
        if (!cases.get(caseId).status().isActive()) {
            throw new InformationRequestRefused("case", "Information cannot be requested on a case that has ended");
        }
        var request = new InformationRequest(
                new InformationRequestId(UUID.randomUUID()),
                caseId,
                text,
                types,
                replyBy,
                requestedBy,
                null,
                null,
                InformationRequest.OUTSTANDING,
                clock.instant(),
                null);
        rows.insert(request);
        cases.record(
                caseId,
                "information-requested",
                requestedBy,
                null,
                TimelineEntry.details("replyBy", replyBy.toString(), "documentTypes", types.isEmpty() ? null : types));
        cases.pauseSla(caseId, "information requested", requestedBy);
        jobs.schedule(request);
        // A step's request runs these actions in the engine's move; one by hand is named by its id.
        var sent = Action.Event.INFORMATION_REQUEST_SENT;
        cases.react(caseId, sent, null, sent.key() + ":" + request.id(), requestedBy);
        return request;
    }

    /**
     * A case reached an information-request step: the request is recorded (by the process, so {@code system}) in the
     * engine's transaction, with the step and the visit's token its reply will complete.
     */
    @EventListener
    void on(InformationRequestStepReached reached) {
        var request = new InformationRequest(
                new InformationRequestId(UUID.randomUUID()),
                reached.caseId(),
                reached.message() == null ? "" : reached.message(),
                reached.documents() == null ? List.of() : reached.documents(),
                reached.replyBy(),
                "system",
                reached.step(),
                reached.token(),
                InformationRequest.OUTSTANDING,
                clock.instant(),
                null);
        rows.insert(request);
        jobs.schedule(request);
    }

    /** The case's requests, newest first. */
    public List<InformationRequest> of(CaseId caseId) {
        return rows.ofCase(caseId);
    }

    /** The case's requests still waiting for a reply, newest first. */
    public List<InformationRequest> outstanding(CaseId caseId) {
        return rows.ofCase(caseId, InformationRequest.OUTSTANDING);
    }

    public Optional<InformationRequest> find(InformationRequestId id) {
        return rows.find(id);
    }

    /**
     * The citizen's reply: some text, documents, or both. The documents must be the replier's own uploads (or already
     * on the case); they are put on the case. A request made by a process's step moves the case on from that step.
     * Refused, changing nothing, if the request is not outstanding or the reply is empty.
     */
    @Transactional
    public InformationRequest reply(
            InformationRequestId id, String text, List<DocumentId> documentIds, Uploader citizen) {
        var found = rows.find(id).orElseThrow(() -> new InformationRequestNotFound(id));
        cases.lock(found.caseId());
        var request = rows.find(id).orElseThrow(() -> new InformationRequestNotFound(id));
        if (!mayReply(request)) throw new InformationRequestRefused("status", notWaiting(request.status()));
        var reply = text == null ? "" : text.strip();
        var ids = documentIds == null ? List.<DocumentId>of() : documentIds;
        if (reply.isEmpty() && ids.isEmpty()) {
            throw new InformationRequestRefused("text", "Enter your reply or upload a document");
        }
        if (reply.length() > MAX_LENGTH) {
            throw new InformationRequestRefused(
                    "text", "Your reply must be %,d characters or fewer".formatted(MAX_LENGTH));
        }
        var attached = documents.takeOnto(request.caseId(), ids, citizen::sameAs);
        var now = clock.instant();
        rows.answer(id, reply.isEmpty() ? null : reply, attached, citizen.actor(), now);
        cases.record(
                request.caseId(),
                "information-request-answered",
                citizen.actor(),
                request.step(),
                TimelineEntry.details("documents", attached.size()));
        // Before the reply moves the case on, so the actions see it at the step that asked.
        var answered = Action.Event.INFORMATION_REQUEST_ANSWERED;
        cases.react(request.caseId(), answered, request.step(), answered.key() + ":" + id, citizen.actor());
        if (request.step() != null) {
            try {
                cases.completeStep(request.caseId(), request.step(), request.token(), Map.of(), "citizen");
            } catch (CaseConflict movedOn) {
                // A late reply to a step the case has left (it moved on when the request was overdue): nothing to
                // complete, so nothing is taken, and the whole reply rolls back.
                throw new InformationRequestRefused("status", notWaiting(InformationRequest.OVERDUE));
            }
        } else if (rows.awaitsNothing(
                request.caseId(), cases.get(request.caseId()).currentStep())) {
            cases.resumeSla(request.caseId(), citizen.actor());
        }
        return rows.find(id).orElseThrow();
    }

    /**
     * Staff take back a request they made by hand that the citizen has not answered: it is withdrawn, the citizen is
     * no longer asked or reminded, and the SLA clock restarts if nothing else waits on the citizen. A request made by
     * a process's step is refused: the case waits at that step for it. Refused, changing nothing, if the request is
     * no longer outstanding.
     */
    @Transactional
    public InformationRequest withdraw(InformationRequestId id, String reason, String by) {
        var found = rows.find(id).orElseThrow(() -> new InformationRequestNotFound(id));
        cases.lock(found.caseId());
        var request = rows.find(id).orElseThrow(() -> new InformationRequestNotFound(id));
        if (!request.status().equals(InformationRequest.OUTSTANDING)) {
            throw new InformationRequestRefused("status", notWaiting(request.status()));
        }
        if (request.step() != null) {
            throw new InformationRequestRefused(
                    "request",
                    "The process asked for this and the case waits for the reply, so it cannot be withdrawn");
        }
        var why = reason == null || reason.isBlank() ? null : reason.strip();
        if (why != null && why.length() > MAX_LENGTH) {
            throw new InformationRequestRefused(
                    "reason", "The reason must be %,d characters or fewer".formatted(MAX_LENGTH));
        }
        rows.close(id, InformationRequest.WITHDRAWN);
        cases.record(request.caseId(), "information-request-withdrawn", by, null, TimelineEntry.details("reason", why));
        if (rows.awaitsNothing(request.caseId(), cases.get(request.caseId()).currentStep())) {
            cases.resumeSla(request.caseId(), by);
        }
        return rows.find(id).orElseThrow();
    }

    /**
     * Outstanding requests take a reply. So does an overdue one from a process step, while the case still waits at
     * that step (a step with no overdue route goes on waiting for a late reply); completing the step checks that.
     */
    private static boolean mayReply(InformationRequest request) {
        return request.status().equals(InformationRequest.OUTSTANDING)
                || (request.status().equals(InformationRequest.OVERDUE) && request.step() != null);
    }

    /**
     * A case that ends takes its outstanding requests with it: they are withdrawn, in the same transaction, so the
     * citizen is neither reminded nor asked for a reply nobody will read.
     */
    @EventListener
    void on(CaseEnded ended) {
        for (var request : rows.ofCase(ended.caseId(), InformationRequest.OUTSTANDING)) {
            rows.close(request.id(), InformationRequest.WITHDRAWN);
        }
    }

    /**
     * An officer moved the case to another stage: a request its step made is withdrawn, since a reply could no
     * longer move the case. Requests made by hand stay, as they belong to no step.
     */
    @EventListener
    void on(CaseMoved moved) {
        for (var request : rows.ofCase(moved.caseId(), InformationRequest.OUTSTANDING)) {
            if (moved.fromStep().equals(request.step())) rows.close(request.id(), InformationRequest.WITHDRAWN);
        }
    }

    private static String notWaiting(String status) {
        return switch (status) {
            case InformationRequest.ANSWERED -> "This request has already been answered";
            case InformationRequest.OVERDUE -> "The date to reply to this request has passed";
            default -> "This request has been withdrawn";
        };
    }
}
