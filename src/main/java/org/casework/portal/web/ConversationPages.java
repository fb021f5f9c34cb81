package org.casework.portal.web;

import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.casework.conversation.DocumentId;
import org.casework.conversation.DocumentRefused;
import org.casework.conversation.Documents;
import org.casework.conversation.InformationRequest;
import org.casework.conversation.InformationRequestId;
import org.casework.conversation.InformationRequestRefused;
import org.casework.conversation.InformationRequests;
import org.casework.conversation.MessageRefused;
import org.casework.conversation.Messages;
import org.casework.conversation.Uploader;
import org.casework.engine.CaseView;
import org.casework.identity.CitizenAccount;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The citizen's side of the conversation on a request: answering an information request with a reply and documents,
 * and writing to the council. Open to whoever may see the request (its account holder, or a session its tracking
 * link opened); a refused reply or file is shown in an error summary and changes nothing on the case.
 */
@Controller
@PreAuthorize("permitAll()")
class ConversationPages {

    private final RequestAccess access;
    private final InformationRequests informationRequests;
    private final Documents documents;
    private final Messages messages;

    ConversationPages(
            RequestAccess access, InformationRequests informationRequests, Documents documents, Messages messages) {
        this.access = access;
        this.informationRequests = informationRequests;
        this.documents = documents;
        this.messages = messages;
    }

    @GetMapping("/portal/requests/{reference}/information-requests/{id}")
    ModelAndView reply(
            @PathVariable String reference, @PathVariable UUID id, CitizenAccount citizen, HttpSession session) {
        var request = access.require(reference, citizen, session);
        return page(request, asked(request, id), null, Map.of());
    }

    @PostMapping("/portal/requests/{reference}/information-requests/{id}")
    ModelAndView send(
            @PathVariable String reference,
            @PathVariable UUID id,
            @RequestParam(defaultValue = "") String text,
            @RequestParam(name = "files", required = false) List<MultipartFile> files,
            CitizenAccount citizen,
            HttpSession session,
            RedirectAttributes flash) {
        var request = access.require(reference, citizen, session);
        var asked = asked(request, id);
        var replier = replier(citizen);
        var type = asked.documentTypes().isEmpty()
                ? "reply"
                : asked.documentTypes().getFirst();
        var uploaded = new ArrayList<DocumentId>();
        try {
            for (var file : files == null ? List.<MultipartFile>of() : files) {
                if (file.isEmpty()
                        && (file.getOriginalFilename() == null
                                || file.getOriginalFilename().isBlank())) {
                    continue;
                }
                try (var content = file.getInputStream()) {
                    uploaded.add(documents
                            .upload(type, file.getOriginalFilename(), content, replier)
                            .id());
                }
            }
            informationRequests.reply(asked.id(), text, uploaded, replier);
        } catch (DocumentRefused refused) {
            return page(request, asked, text, Map.of("files", refused.getMessage()));
        } catch (InformationRequestRefused refused) {
            return page(
                    request,
                    asked,
                    text,
                    Map.of("text".equals(refused.field()) ? "text" : "files", refused.getMessage()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        flash.addFlashAttribute("success", "Your reply has been sent");
        return new ModelAndView("redirect:/portal/requests/" + request.reference());
    }

    @PostMapping("/portal/requests/{reference}/messages")
    ModelAndView write(
            @PathVariable String reference,
            @RequestParam(defaultValue = "") String text,
            CitizenAccount citizen,
            HttpSession session,
            RedirectAttributes flash) {
        var request = access.require(reference, citizen, session);
        try {
            messages.post(request.id(), replier(citizen), text, List.of());
        } catch (MessageRefused refused) {
            flash.addFlashAttribute("messageError", refused.getMessage());
            flash.addFlashAttribute("messageText", text);
            return new ModelAndView("redirect:/portal/requests/" + request.reference() + "#message");
        }
        flash.addFlashAttribute("success", "Your message has been sent");
        return new ModelAndView("redirect:/portal/requests/" + request.reference());
    }

    /** The information request, if it is this case's and still waits for an answer; "not found" otherwise. */
    private InformationRequest asked(CaseView request, UUID id) {
        return informationRequests
                .find(new InformationRequestId(id))
                .filter(asked -> asked.caseId().equals(request.id()))
                .filter(asked -> asked.reply() == null && !InformationRequest.WITHDRAWN.equals(asked.status()))
                .orElseThrow(NoSuchRequest::new);
    }

    /** The citizen as the case records them: their account, or someone holding the tracking link. */
    private static Uploader replier(CitizenAccount citizen) {
        return citizen == null
                ? Uploader.citizen("anonymous:" + UUID.randomUUID(), "The applicant")
                : Uploader.citizen(citizen.id().toString(), citizen.fullName());
    }

    private ModelAndView page(CaseView request, InformationRequest asked, String text, Map<String, String> problems) {
        var page = new ModelAndView("portal/reply");
        page.addObject("section", "requests");
        page.addObject("request", request);
        page.addObject("asked", asked);
        page.addObject("text", text);
        page.addObject("problems", problems);
        page.addObject("limits", documents.limits());
        return page;
    }
}
