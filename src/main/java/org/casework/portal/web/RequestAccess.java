package org.casework.portal.web;

import jakarta.servlet.http.HttpSession;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import org.casework.engine.CaseId;
import org.casework.engine.CaseNotFound;
import org.casework.engine.CaseView;
import org.casework.engine.Cases;
import org.casework.identity.CitizenAccount;
import org.casework.portal.CitizenRequests;
import org.springframework.stereotype.Component;

/**
 * Who may see a request on the portal: the citizen it belongs to, or anyone whose session opened it with its tracking
 * link. Anyone else gets the same "page not found" as for a request that does not exist, so references cannot be
 * probed.
 */
@Component
class RequestAccess {

    static final String TRACKED = "casework.portal.tracked";

    private final Cases cases;
    private final CitizenRequests requests;

    RequestAccess(Cases cases, CitizenRequests requests) {
        this.cases = cases;
        this.requests = requests;
    }

    CaseView require(String reference, CitizenAccount citizen, HttpSession session) {
        CaseView request;
        try {
            request = cases.byReference(reference.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (CaseNotFound notFound) {
            throw new NoSuchRequest();
        }
        if (tracked(session).contains(request.id().value())) return request;
        if (citizen != null
                && requests.ownerOf(request.id()).filter(citizen.id()::equals).isPresent()) return request;
        throw new NoSuchRequest();
    }

    /** Lets this session see the case from now on (its tracking link was opened). */
    void grant(CaseId id, HttpSession session) {
        var tracked = tracked(session);
        tracked.add(id.value());
        session.setAttribute(TRACKED, tracked);
    }

    @SuppressWarnings("unchecked")
    private static Set<UUID> tracked(HttpSession session) {
        var tracked = (Set<UUID>) session.getAttribute(TRACKED);
        return tracked == null ? new LinkedHashSet<>() : tracked;
    }
}
