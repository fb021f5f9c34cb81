package org.casework.portal;

import org.casework.definition.Definitions;
import org.casework.engine.CaseView;
import org.springframework.stereotype.Service;

/**
 * Confirms a request made for a citizen by someone else — an officer on the phone, another system through the API —
 * as the online form does: a tracking link, and an email with the reference and the link if the citizen gave an
 * address. The link comes back too, for the officer to read out or the system to pass on.
 */
@Service
public class Confirmations {

    private final TrackingLinks links;
    private final ConfirmationMail mail;
    private final Definitions definitions;

    Confirmations(TrackingLinks links, ConfirmationMail mail, Definitions definitions) {
        this.links = links;
        this.mail = mail;
        this.definitions = definitions;
    }

    /** Call once the case is committed, so the emailed link always works. */
    public TrackingLink confirm(CaseView request) {
        var link = links.issue(request);
        var form = definitions.latest(request.process()).definition().form();
        mail.send(request, link, form == null ? null : form.whatHappensNext());
        return link;
    }
}
