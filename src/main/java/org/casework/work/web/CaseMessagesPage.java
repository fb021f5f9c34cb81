package org.casework.work.web;

import java.util.List;
import java.util.UUID;
import org.casework.conversation.DocumentId;
import org.casework.conversation.DocumentRefused;
import org.casework.conversation.MessageRefused;
import org.casework.conversation.Messages;
import org.casework.conversation.Uploader;
import org.casework.engine.Cases;
import org.casework.identity.StaffPrincipal;
import org.casework.work.CaseAccess;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Writing to the citizen from the case page, optionally sending documents already on the case. */
@Controller
@PreAuthorize("isAuthenticated()")
class CaseMessagesPage {

    private final Cases cases;
    private final CaseAccess access;
    private final Messages messages;

    CaseMessagesPage(Cases cases, CaseAccess access, Messages messages) {
        this.cases = cases;
        this.access = access;
        this.messages = messages;
    }

    @PostMapping("/cases/{reference}/messages")
    ModelAndView send(
            @PathVariable String reference,
            @RequestParam(defaultValue = "") String text,
            @RequestParam(required = false) List<UUID> documents,
            StaffPrincipal me,
            RedirectAttributes flash) {
        var view = access.require(cases.byReference(reference), me);
        var attachments = documents == null
                ? List.<DocumentId>of()
                : documents.stream().map(DocumentId::new).toList();
        try {
            messages.post(view.id(), Uploader.staff(me.username(), me.displayName()), text, attachments);
            flash.addFlashAttribute("success", "Your message was sent to the citizen");
        } catch (MessageRefused | DocumentRefused refused) {
            flash.addFlashAttribute("messageError", refused.getMessage());
            flash.addFlashAttribute("messageText", text);
        }
        return new ModelAndView("redirect:/cases/" + view.reference() + "#messages");
    }
}
