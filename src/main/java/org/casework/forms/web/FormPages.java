package org.casework.forms.web;

import jakarta.servlet.http.HttpSession;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.casework.definition.FieldType;
import org.casework.definition.FormPage;
import org.casework.engine.InvalidCaseData;
import org.casework.forms.FormDraft;
import org.casework.forms.Forms;
import org.casework.forms.OfferedService;
import org.casework.identity.CitizenAccount;
import org.casework.registry.AddressPicker;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Filling in a service's online form: one page at a time, each checked as it is left, the answers saved to a draft
 * after every page; then check your answers, send, and the confirmation with the reference and tracking link.
 *
 * <p>Someone who has not signed in keeps their draft in their session; a signed-in citizen's draft is theirs and
 * waits for them on any device. A draft is only ever opened by its owner.
 */
@Controller
@PreAuthorize("permitAll()")
class FormPages {

    static final String DRAFTS = "casework.forms.drafts";

    private final Forms forms;
    private final FormUploads uploads;
    private final AddressQuestion addresses;

    FormPages(Forms forms, FormUploads uploads, AddressQuestion addresses) {
        this.forms = forms;
        this.uploads = uploads;
        this.addresses = addresses;
    }

    /** Starts the form, or carries on with the saved one; {@code again} throws the saved answers away. */
    @GetMapping("/portal/services/{process}/start")
    ModelAndView begin(
            @PathVariable String process,
            @RequestParam(required = false) String again,
            CitizenAccount citizen,
            HttpSession session) {
        var service = service(process);
        var draft = again == null ? current(process, citizen, session) : null;
        if (draft == null) {
            draft = forms.newDraft(process, citizen == null ? null : citizen.id());
            drafts(session).put(process, draft.id());
        }
        var next = forms.unfinished(service, draft.answers());
        return new ModelAndView("redirect:/portal/services/" + process
                + next.map(page -> "/pages/" + page.key()).orElse("/check"));
    }

    /**
     * Asks a page's questions. An address question's "Find address" comes back here with the {@code postcode} typed,
     * and "I cannot find the address in the list" with {@code manual}.
     */
    @GetMapping("/portal/services/{process}/pages/{page}")
    ModelAndView ask(
            @PathVariable String process,
            @PathVariable String page,
            @RequestParam(required = false) String postcode,
            @RequestParam(defaultValue = "false") boolean manual,
            CitizenAccount citizen,
            HttpSession session) {
        var service = service(process);
        var draft = required(process, citizen, session);
        var formPage = forms.page(service, page).orElseThrow(NoSuchForm::new);
        var picker = AddressQuestion.on(service.definition(), formPage)
                .map(field -> postcode == null && !manual
                        ? addresses.picker(draft.answers().get(field.key()))
                        : addresses.picker(postcode, manual))
                .orElse(null);
        return question(service, draft, formPage, draft.answers(), Map.of(), picker);
    }

    @PostMapping("/portal/services/{process}/pages/{page}")
    ModelAndView answer(
            @PathVariable String process,
            @PathVariable String page,
            @RequestParam MultiValueMap<String, String> posted,
            CitizenAccount citizen,
            HttpSession session,
            jakarta.servlet.http.HttpServletRequest request) {
        var service = service(process);
        var draft = required(process, citizen, session);
        var formPage = forms.page(service, page).orElseThrow(NoSuchForm::new);
        var answers = FormQuestion.answers(service.definition(), formPage, posted);
        var refused = new LinkedHashMap<>(uploads.take(service, formPage, draft, request, answers));
        var address = AddressQuestion.on(service.definition(), formPage);
        var picker = address.map(field ->
                        addresses.picker(posted.getFirst("postcode"), "true".equals(posted.getFirst("manual"))))
                .orElse(null);
        address.ifPresent(field -> {
            var answer = addresses.answer(posted);
            answers.put(field.key(), answer.text());
            if (answer.problem() != null) refused.put(field.key(), answer.problem());
        });
        var checked = forms.check(service, formPage, answers);
        if (!refused.isEmpty()) {
            checked.problems().forEach(refused::putIfAbsent);
            return question(service, draft, formPage, answers, refused, picker);
        }
        if (!checked.accepted()) return question(service, draft, formPage, answers, checked.problems(), picker);
        if (!forms.save(draft, checked.typed())) {
            // Another tab saved this draft meanwhile: show this page again over the newer answers.
            var fresh = required(process, citizen, session);
            return question(
                    service,
                    fresh,
                    formPage,
                    fresh.answers(),
                    Map.of(
                            formPage.questions().getFirst(),
                            "Your answers were changed in another window. Check this page and continue"),
                    picker);
        }
        var saved = new HashMap<>(draft.answers());
        saved.putAll(checked.typed());
        var next = forms.after(service, saved, formPage);
        return new ModelAndView("redirect:/portal/services/" + process
                + next.map(p -> "/pages/" + p.key()).orElse("/check"));
    }

    @GetMapping("/portal/services/{process}/check")
    ModelAndView checkAnswers(@PathVariable String process, CitizenAccount citizen, HttpSession session) {
        var service = service(process);
        var draft = required(process, citizen, session);
        var unfinished = forms.unfinished(service, draft.answers());
        if (unfinished.isPresent()) {
            return new ModelAndView("redirect:/portal/services/" + process + "/pages/"
                    + unfinished.get().key());
        }
        var page = new ModelAndView("forms/check-answers");
        page.addObject("section", "services");
        page.addObject("service", service);
        page.addObject("answers", CheckedAnswer.of(forms, service, uploads.named(service, draft.answers())));
        page.addObject("signedInCitizen", citizen);
        return page;
    }

    @PostMapping("/portal/services/{process}/send")
    ModelAndView send(
            @PathVariable String process, CitizenAccount citizen, HttpSession session, RedirectAttributes flash) {
        var service = service(process);
        var draft = current(process, citizen, session);
        if (draft == null) return new ModelAndView("redirect:/portal/services/" + process);
        var unfinished = forms.unfinished(service, draft.answers());
        if (unfinished.isPresent()) {
            return new ModelAndView("redirect:/portal/services/" + process + "/pages/"
                    + unfinished.get().key());
        }
        try {
            var sent = forms.submit(service, draft, citizen);
            drafts(session).remove(process);
            flash.addFlashAttribute("reference", sent.request().reference());
            flash.addFlashAttribute("trackingLink", sent.trackingLink().url());
            flash.addFlashAttribute("emailedTo", sent.request().citizen().email());
            return new ModelAndView("redirect:/portal/services/" + process + "/sent");
        } catch (InvalidCaseData refused) {
            // The process changed under the form (a new version asks more): back to the first page needing it.
            return new ModelAndView("redirect:/portal/services/" + process + "/start");
        }
    }

    @GetMapping("/portal/services/{process}/sent")
    ModelAndView sent(@PathVariable String process, CitizenAccount citizen, @RequestParam Map<String, String> ignored) {
        var service = service(process);
        var page = new ModelAndView("forms/sent");
        page.addObject("section", "services");
        page.addObject("service", service);
        return page;
    }

    @org.springframework.web.bind.annotation.ExceptionHandler
    ModelAndView noDraft(NoDraft none) {
        return new ModelAndView("redirect:/portal/services/" + none.process());
    }

    private ModelAndView question(
            OfferedService service,
            FormDraft draft,
            FormPage formPage,
            Map<String, String> answers,
            Map<String, String> problems,
            AddressPicker picker) {
        var page = new ModelAndView("forms/question");
        page.addObject("picker", picker);
        page.addObject("pickerAction", "/portal/services/" + service.key() + "/pages/" + formPage.key());
        page.addObject("section", "services");
        page.addObject("service", service);
        page.addObject("formPage", formPage);
        page.addObject("questions", FormQuestion.of(service.definition(), formPage, answers, problems));
        page.addObject("problems", FormQuestion.summary(service.definition(), problems));
        page.addObject(
                "back",
                forms.before(service, draft.answers(), formPage)
                        .map(p -> "/portal/services/" + service.key() + "/pages/" + p.key())
                        .orElse("/portal/services/" + service.key()));
        page.addObject("saves", draft.citizen() != null);
        page.addObject(
                "upload",
                formPage.questions().stream()
                        .anyMatch(key ->
                                service.definition().field(key).orElseThrow().type() == FieldType.DOCUMENT));
        return page;
    }

    private OfferedService service(String process) {
        return forms.service(process).orElseThrow(NoSuchForm::new);
    }

    private FormDraft required(String process, CitizenAccount citizen, HttpSession session) {
        var draft = current(process, citizen, session);
        if (draft == null) throw new NoDraft(process);
        return draft;
    }

    /** The draft this person is filling in for the process, if any; never someone else's. */
    private FormDraft current(String process, CitizenAccount citizen, HttpSession session) {
        var id = drafts(session).get(process);
        if (id != null) {
            var draft = forms.draft(id).orElse(null);
            if (draft != null && mine(draft, citizen)) return draft;
            drafts(session).remove(process);
        }
        if (citizen == null) return null;
        var saved = forms.latestDraft(citizen.id(), process).orElse(null);
        if (saved != null) drafts(session).put(process, saved.id());
        return saved;
    }

    private static boolean mine(FormDraft draft, CitizenAccount citizen) {
        return draft.citizen() == null || (citizen != null && draft.citizen().equals(citizen.id()));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, UUID> drafts(HttpSession session) {
        var drafts = (Map<String, UUID>) session.getAttribute(DRAFTS);
        if (drafts == null) {
            drafts = new LinkedHashMap<>();
        }
        // Set again each time so that the JDBC session store sees the change.
        session.setAttribute(DRAFTS, drafts);
        return drafts;
    }
}
