package org.casework.api.citizen;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.casework.conversation.DocumentId;
import org.casework.conversation.InformationRequestId;
import org.casework.conversation.InformationRequestNotFound;
import org.casework.conversation.InformationRequests;
import org.casework.conversation.Messages;
import org.casework.identity.CitizenPrincipal;
import org.casework.portal.CitizenDocuments;
import org.casework.portal.RequestProgresses;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/citizen/requests/{reference}")
@Tag(
        name = "Citizen conversation",
        description = "The signed-in citizen answers what the council asked for and writes to the council")
@SecurityRequirement(name = CitizenSessionsController.CITIZEN_TOKEN)
@PreAuthorize("hasRole('CITIZEN')")
class CitizenConversationController {

    private final OwnRequests own;
    private final InformationRequests informationRequests;
    private final Messages messages;
    private final RequestProgresses progresses;
    private final CitizenDocuments documents;

    CitizenConversationController(
            OwnRequests own,
            InformationRequests informationRequests,
            Messages messages,
            RequestProgresses progresses,
            CitizenDocuments documents) {
        this.own = own;
        this.informationRequests = informationRequests;
        this.messages = messages;
        this.progresses = progresses;
        this.documents = documents;
    }

    /** Some text, documents uploaded with POST /api/v1/citizen/documents (their ids), or both. */
    record Sent(String text, List<UUID> documents) {

        List<DocumentId> documentIds() {
            return documents == null
                    ? List.of()
                    : documents.stream().map(DocumentId::new).toList();
        }
    }

    @PostMapping("/information-requests/{id}/reply")
    @Operation(
            summary = "Reply to what we asked for: text, your uploaded documents, or both; the request as it now"
                    + " stands comes back. Already answered, overdue or no longer needed is 409 naming status; an"
                    + " empty reply 422 naming text")
    RequestDetail reply(
            @PathVariable String reference,
            @PathVariable UUID id,
            @RequestBody Sent reply,
            @AuthenticationPrincipal CitizenPrincipal me) {
        var request = own.require(reference, me);
        var asked = new InformationRequestId(id);
        informationRequests
                .find(asked)
                .filter(found -> found.caseId().equals(request.id()))
                .orElseThrow(() -> new InformationRequestNotFound(asked));
        informationRequests.reply(asked, reply.text(), reply.documentIds(), own.asSender(me));
        var now = own.require(reference, me);
        return RequestDetail.from(progresses.of(now), documents.of(now));
    }

    record SentMessage(UUID id, String text, List<UUID> documents, java.time.Instant at) {}

    @PostMapping("/messages")
    @Operation(summary = "Write to the council about the request, with your uploaded documents if any")
    ResponseEntity<SentMessage> write(
            @PathVariable String reference, @RequestBody Sent message, @AuthenticationPrincipal CitizenPrincipal me) {
        var request = own.require(reference, me);
        var posted = messages.post(request.id(), own.asSender(me), message.text(), message.documentIds());
        return ResponseEntity.created(URI.create("/api/v1/citizen/requests/" + request.reference()))
                .body(new SentMessage(
                        posted.id(),
                        posted.text(),
                        posted.documents().stream().map(d -> d.id().value()).toList(),
                        posted.at()));
    }
}
