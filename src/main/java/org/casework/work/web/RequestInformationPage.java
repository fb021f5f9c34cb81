package org.casework.work.web;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.casework.conversation.Documents;
import org.casework.conversation.InformationRequestId;
import org.casework.conversation.InformationRequestRefused;
import org.casework.conversation.InformationRequests;
import org.casework.engine.CaseNotFound;
import org.casework.engine.CaseView;
import org.casework.engine.Cases;
import org.casework.identity.StaffPrincipal;
import org.casework.work.CaseAccess;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Asking the citizen for information: a message, the documents wanted (from the council's list of document types)
 * and a date to reply by, in GOV.UK's date input. A refused form comes back with everything typed.
 */
@Controller
@PreAuthorize("isAuthenticated()")
class RequestInformationPage {

    private final Cases cases;
    private final CaseAccess access;
    private final InformationRequests requests;
    private final Documents documents;

    RequestInformationPage(Cases cases, CaseAccess access, InformationRequests requests, Documents documents) {
        this.cases = cases;
        this.access = access;
        this.requests = requests;
        this.documents = documents;
    }

    /** What was typed, as typed, so a refused form can be shown again. */
    record Answers(String message, List<String> documentTypes, String day, String month, String year) {

        static final Answers BLANK = new Answers("", List.of(), "", "", "");
    }

    @GetMapping("/cases/{reference}/information-requests/new")
    ModelAndView form(@PathVariable String reference, StaffPrincipal me, RedirectAttributes flash) {
        var view = access.require(cases.byReference(reference), me);
        if (!view.status().isActive()) return ended(view, flash);
        return page(view, Answers.BLANK, Map.of());
    }

    @PostMapping("/cases/{reference}/information-requests")
    ModelAndView request(
            @PathVariable String reference,
            @RequestParam(defaultValue = "") String message,
            @RequestParam(required = false) List<String> documentTypes,
            @RequestParam(name = "replyBy-day", defaultValue = "") String day,
            @RequestParam(name = "replyBy-month", defaultValue = "") String month,
            @RequestParam(name = "replyBy-year", defaultValue = "") String year,
            StaffPrincipal me,
            RedirectAttributes flash) {
        var view = access.require(cases.byReference(reference), me);
        var answers = new Answers(message, documentTypes == null ? List.of() : documentTypes, day, month, year);
        var errors = new LinkedHashMap<String, String>();
        LocalDate replyBy = null;
        try {
            replyBy = date(day, month, year);
        } catch (InformationRequestRefused refused) {
            errors.put(refused.field(), refused.getMessage());
        }
        if (errors.isEmpty()) {
            try {
                requests.request(view.id(), message, answers.documentTypes(), replyBy, me.username());
                flash.addFlashAttribute("success", "You asked the citizen for information");
                return new ModelAndView("redirect:/cases/" + view.reference() + "#information-requests");
            } catch (InformationRequestRefused refused) {
                if (refused.field().equals("case")) return ended(view, flash);
                errors.put(refused.field(), refused.getMessage());
            }
        }
        var page = page(view, answers, errors);
        page.setStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        return page;
    }

    @PostMapping("/cases/{reference}/information-requests/{id}/withdraw")
    String withdraw(
            @PathVariable String reference, @PathVariable UUID id, StaffPrincipal me, RedirectAttributes flash) {
        var view = access.require(cases.byReference(reference), me);
        var requestId = new InformationRequestId(id);
        var request = requests.find(requestId)
                .filter(found -> found.caseId().equals(view.id()))
                .orElseThrow(() -> new CaseNotFound("with reference " + reference));
        try {
            requests.withdraw(request.id(), null, me.username());
            flash.addFlashAttribute("success", "You withdrew the request: the citizen is no longer asked for it");
        } catch (InformationRequestRefused refused) {
            flash.addFlashAttribute("failure", refused.getMessage());
        }
        return "redirect:/cases/" + view.reference() + "#information-requests";
    }

    /** The date from GOV.UK's three boxes; missing or impossible dates are refused in GOV.UK's words. */
    static LocalDate date(String day, String month, String year) {
        if (day.isBlank() && month.isBlank() && year.isBlank()) {
            throw new InformationRequestRefused("replyBy", "Enter the date to reply by");
        }
        if (day.isBlank() || month.isBlank() || year.isBlank()) {
            throw new InformationRequestRefused(
                    "replyBy", "The date to reply by must include a day, a month and a year");
        }
        try {
            var y = Integer.parseInt(year.strip());
            if (y < 1000 || y > 9999) throw new NumberFormatException();
            return LocalDate.of(y, Integer.parseInt(month.strip()), Integer.parseInt(day.strip()));
        } catch (NumberFormatException | DateTimeException e) {
            throw new InformationRequestRefused("replyBy", "The date to reply by must be a real date");
        }
    }

    private ModelAndView page(CaseView view, Answers answers, Map<String, String> errors) {
        return new ModelAndView("work/request-information")
                .addObject("section", "search")
                .addObject("kase", view)
                .addObject("answers", answers)
                .addObject("documentTypes", documents.types())
                .addObject("typeNames", CaseConversation.typeNames(documents))
                .addObject("errors", errors);
    }

    private static ModelAndView ended(CaseView view, RedirectAttributes flash) {
        flash.addFlashAttribute(
                "failure",
                "Case " + view.reference() + " is " + view.status().value() + ": information cannot be requested");
        return new ModelAndView("redirect:/cases/" + view.reference());
    }
}
