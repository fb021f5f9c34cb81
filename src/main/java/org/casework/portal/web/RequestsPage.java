package org.casework.portal.web;

import jakarta.servlet.http.HttpSession;
import org.casework.identity.CitizenAccount;
import org.casework.portal.CitizenDocuments;
import org.casework.portal.CitizenRequests;
import org.casework.portal.RequestProgresses;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.ModelAndView;

/** Track my requests: a citizen's requests, and one request's progress and the timeline they may see. */
@Controller
class RequestsPage {

    private final CitizenRequests requests;
    private final RequestProgresses progresses;
    private final RequestAccess access;
    private final CitizenDocuments documents;

    RequestsPage(
            CitizenRequests requests, RequestProgresses progresses, RequestAccess access, CitizenDocuments documents) {
        this.documents = documents;
        this.requests = requests;
        this.progresses = progresses;
        this.access = access;
    }

    @GetMapping("/portal/requests")
    @PreAuthorize("hasRole('CITIZEN')")
    ModelAndView list(CitizenAccount citizen) {
        var page = new ModelAndView("portal/requests");
        page.addObject("section", "requests");
        page.addObject(
                "requests",
                requests.of(citizen.id()).stream().map(progresses::summary).toList());
        return page;
    }

    @GetMapping("/portal/requests/{reference}")
    @PreAuthorize("permitAll()")
    ModelAndView show(@PathVariable String reference, CitizenAccount citizen, HttpSession session) {
        var request = access.require(reference, citizen, session);
        var page = new ModelAndView("portal/request");
        page.addObject("section", citizen == null ? "track" : "requests");
        page.addObject("progress", progresses.of(request));
        page.addObject("documents", documents.of(request));
        return page;
    }
}
