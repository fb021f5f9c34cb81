package org.casework.casefile.people;

import java.util.List;
import org.casework.engine.CaseId;
import org.casework.engine.CaseView;
import org.casework.portal.CitizenRequests;
import org.casework.registry.People;
import org.casework.registry.PersonId;
import org.springframework.stereotype.Component;

/** The requests a person made online: those of the citizen account linked to their record, if any. */
@Component
class OnlineRequests {

    private final People people;
    private final CitizenRequests requests;

    OnlineRequests(People people, CitizenRequests requests) {
        this.people = people;
        this.requests = requests;
    }

    List<CaseId> of(PersonId person) {
        return people.find(person)
                .map(found -> found.citizenAccount())
                .map(account -> requests.of(account).stream().map(CaseView::id).toList())
                .orElse(List.of());
    }
}
