package org.casework.api.citizen;

import java.util.Locale;
import org.casework.conversation.Uploader;
import org.casework.engine.CaseNotFound;
import org.casework.engine.CaseView;
import org.casework.engine.Cases;
import org.casework.identity.CitizenPrincipal;
import org.casework.identity.Citizens;
import org.casework.portal.CitizenRequests;
import org.springframework.stereotype.Component;

/**
 * The signed-in citizen's own requests, and nobody else's: another citizen's reference answers exactly as one that
 * does not exist, so references cannot be probed.
 */
@Component
class OwnRequests {

    private final Cases cases;
    private final CitizenRequests requests;
    private final Citizens citizens;

    OwnRequests(Cases cases, CitizenRequests requests, Citizens citizens) {
        this.cases = cases;
        this.requests = requests;
        this.citizens = citizens;
    }

    CaseView require(String reference, CitizenPrincipal me) {
        var notFound = new CaseNotFound("with reference " + reference);
        CaseView request;
        try {
            request = cases.byReference(reference.strip().toUpperCase(Locale.ROOT));
        } catch (CaseNotFound unknown) {
            throw notFound;
        }
        if (requests.ownerOf(request.id()).filter(me.citizen()::equals).isEmpty()) throw notFound;
        return request;
    }

    /** The citizen as the case records them when they send something, as the portal's pages do. */
    Uploader asSender(CitizenPrincipal me) {
        var account = citizens.find(me.citizen()).orElseThrow();
        return Uploader.citizen(account.id().toString(), account.fullName());
    }
}
