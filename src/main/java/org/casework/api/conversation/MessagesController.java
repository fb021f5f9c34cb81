package org.casework.api.conversation;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.casework.conversation.DocumentId;
import org.casework.conversation.Message;
import org.casework.conversation.Messages;
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
@Tag(name = "Messages", description = "The conversation with the citizen on a case")
class MessagesController {

    private final Messages messages;
    private final Cases cases;
    private final CaseAccess access;

    MessagesController(Messages messages, Cases cases, CaseAccess access) {
        this.messages = messages;
        this.cases = cases;
        this.access = access;
    }

    /** A message to the citizen; {@code documents} are ids of documents already on the case. */
    record NewMessage(String text, List<UUID> documents) {}

    record MessageResponse(
            UUID id,
            UUID caseId,
            String from,
            String author,
            String text,
            List<DocumentResponse> documents,
            Instant at) {

        static MessageResponse from(Message message) {
            return new MessageResponse(
                    message.id(),
                    message.caseId().value(),
                    message.from(),
                    message.author(),
                    message.text(),
                    message.documents().stream().map(DocumentResponse::from).toList(),
                    message.at());
        }
    }

    @GetMapping("/cases/{id}/messages")
    @PreAuthorize("hasAuthority('cases:read')")
    @Operation(summary = "The messages between staff and the citizen on the case, oldest first")
    List<MessageResponse> thread(@PathVariable UUID id, @AuthenticationPrincipal StaffPrincipal me) {
        var view = access.require(cases.get(new CaseId(id)), me);
        return messages.thread(view.id()).stream().map(MessageResponse::from).toList();
    }

    @PostMapping("/cases/{id}/messages")
    @PreAuthorize("hasAuthority('cases:write')")
    @Operation(summary = "Write to the citizen on the case, optionally sending documents already on it")
    ResponseEntity<MessageResponse> post(
            @PathVariable UUID id, @RequestBody NewMessage request, @AuthenticationPrincipal StaffPrincipal me) {
        var view = access.require(cases.get(new CaseId(id)), me);
        var documents = request.documents() == null
                ? List.<DocumentId>of()
                : request.documents().stream().map(DocumentId::new).toList();
        var message =
                messages.post(view.id(), Uploader.staff(me.username(), me.displayName()), request.text(), documents);
        return ResponseEntity.created(URI.create("/api/v1/cases/" + id + "/messages"))
                .body(MessageResponse.from(message));
    }
}
