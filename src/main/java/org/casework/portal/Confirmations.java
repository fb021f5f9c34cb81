package org.casework.portal;

import org.casework.definition.Definitions;
import org.casework.engine.CaseView;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Confirms a request to its citizen — made online, by an officer on the phone, or by another system through the API:
 * a tracking link, and a message with the reference and a link of its own, sent through the notification outbox by
 * the ways the citizen can be reached. The link comes back too, for the form's confirmation page, the officer to read
 * out or the system to pass on.
 */
@Service
public class Confirmations {

    private final TrackingLinks links;
    private final Definitions definitions;
    private final ApplicationEventPublisher events;

    Confirmations(TrackingLinks links, Definitions definitions, ApplicationEventPublisher events) {
        this.links = links;
        this.definitions = definitions;
        this.events = events;
    }

    /** For a request made for the citizen by someone else, once its case is committed. */
    @Transactional
    public TrackingLink confirm(CaseView request) {
        // The version the case started on (cached), not the latest: that could be newer, and costs a query.
        var form = definitions
                .version(request.process(), request.processVersion())
                .map(version -> version.definition().form())
                .orElse(null);
        return confirm(request, form == null ? null : form.whatHappensNext());
    }

    /** In the transaction that makes the request, so its confirmation is written with it. */
    @Transactional
    public TrackingLink confirm(CaseView request, String whatHappensNext) {
        var link = links.issue(request);
        events.publishEvent(new RequestConfirmationDue(request.id(), request.reference(), whatHappensNext));
        return link;
    }
}
