package org.casework.api.conversation;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.casework.conversation.DocumentId;
import org.casework.conversation.InformationRequest;
import org.casework.conversation.InformationRequestId;
import org.casework.conversation.InformationRequestNotFound;
import org.casework.conversation.InformationRequests;
import org.casework.conversation.Uploader;
import org.casework.engine.CaseId;
import org.casework.engine.Cases;
import org.casework.identity.StaffPrincipal;
import org.casework.work.CaseAccess;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Information requests", description = "Ask the citizen for information and documents, and record replies")
class InformationRequestsController {

    private final InformationRequests requests;
    private final Cases cases;
    private final CaseAccess access;

    InformationRequestsController(InformationRequests requests, Cases cases, CaseAccess access) {
        this.requests = requests;
        this.cases = cases;
        this.access = access;
    }

    record NewRequest(String message, List<String> documentTypes, LocalDate replyBy) {}

    /** A reply, such as one received by post and typed in; {@code documents} are ids of documents on the case. */
    record NewReply(String text, List<UUID> documents) {}

    record ReplyResponse(String text, List<DocumentResponse> documents, Instant at) {}

    record RequestResponse(
            UUID id,
            UUID caseId,
            String message,
            List<String> documentTypes,
            LocalDate replyBy,
            String requestedBy,
            String step,
            Integer token,
            String status,
            Instant requestedAt,
            ReplyResponse reply) {

        static RequestResponse from(InformationRequest request) {
            var reply = request.reply();
            return new RequestResponse(
                    request.id().value(),
                    request.caseId().value(),
                    request.message(),
                    request.documentTypes(),
                    request.replyBy(),
                    request.requestedBy(),
                    request.step(),
                    request.token(),
                    request.status(),
                    request.requestedAt(),
                    reply == null
                            ? null
                            : new ReplyResponse(
                                    reply.text(),
                                    reply.documents().stream()
                                            .map(DocumentResponse::from)
                                            .toList(),
                                    reply.at()));
        }
    }

    @GetMapping("/cases/{id}/information-requests")
    @PreAuthorize("hasAuthority('cases:read')")
    @Operation(summary = "What the citizen has been asked for on the case, newest first, with any replies")
    List<RequestResponse> list(@PathVariable UUID id, @AuthenticationPrincipal StaffPrincipal me) {
        var view = access.require(cases.get(new CaseId(id)), me);
        return requests.of(view.id()).stream().map(RequestResponse::from).toList();
    }

    @PostMapping("/cases/{id}/information-requests")
    @PreAuthorize("hasAuthority('cases:write')")
    @Operation(
            summary = "Ask the citizen for information: a message, the document types wanted (from the council's"
                    + " list) and a reply-by date after today")
    ResponseEntity<RequestResponse> request(
            @PathVariable UUID id, @RequestBody NewRequest request, @AuthenticationPrincipal StaffPrincipal me) {
        var view = access.require(cases.get(new CaseId(id)), me);
        var made = requests.request(
                view.id(), request.message(), request.documentTypes(), request.replyBy(), me.username());
        return ResponseEntity.created(URI.create("/api/v1/cases/" + id + "/information-requests"))
                .body(RequestResponse.from(made));
    }

    record Withdrawal(String reason) {}

    @PostMapping("/information-requests/{id}/withdraw")
    @PreAuthorize("hasAuthority('cases:write')")
    @Operation(
            summary = "Take back a request made by hand that has not been answered, with an optional reason; the"
                    + " citizen is asked no more. A request a process step made, or one no longer outstanding, is"
                    + " refused")
    RequestResponse withdraw(
            @PathVariable UUID id,
            @RequestBody(required = false) Withdrawal withdrawal,
            @AuthenticationPrincipal StaffPrincipal me) {
        var requestId = new InformationRequestId(id);
        var request = requests.find(requestId).orElseThrow(() -> new InformationRequestNotFound(requestId));
        if (!access.maySee(cases.get(request.caseId()), me)) throw new InformationRequestNotFound(requestId);
        return RequestResponse.from(
                requests.withdraw(requestId, withdrawal == null ? null : withdrawal.reason(), me.username()));
    }

    @PostMapping("/information-requests/{id}/reply")
    @PreAuthorize("hasAuthority('cases:write')")
    @Operation(
            summary = "Record the citizen's reply (text, documents on the case, or both); a request already"
                    + " answered, overdue or withdrawn is 409")
    RequestResponse reply(
            @PathVariable UUID id, @RequestBody NewReply reply, @AuthenticationPrincipal StaffPrincipal me) {
        var requestId = new InformationRequestId(id);
        var request = requests.find(requestId).orElseThrow(() -> new InformationRequestNotFound(requestId));
        if (!access.maySee(cases.get(request.caseId()), me)) throw new InformationRequestNotFound(requestId);
        var documents = reply.documents() == null
                ? List.<DocumentId>of()
                : reply.documents().stream().map(DocumentId::new).toList();
        return RequestResponse.from(
                requests.reply(requestId, reply.text(), documents, Uploader.staff(me.username(), me.displayName())));
    }
}
