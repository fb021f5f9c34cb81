package org.casework.api.citizen;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.casework.identity.CitizenPrincipal;
import org.casework.portal.CitizenDocuments;
import org.casework.portal.CitizenRequests;
import org.casework.portal.RequestProgresses;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/citizen/requests")
@Tag(name = "Citizen requests", description = "The signed-in citizen's requests and how each is going")
@SecurityRequirement(name = CitizenSessionsController.CITIZEN_TOKEN)
@PreAuthorize("hasRole('CITIZEN')")
class CitizenRequestsController {

    private final OwnRequests own;
    private final CitizenRequests requests;
    private final RequestProgresses progresses;
    private final CitizenDocuments documents;

    CitizenRequestsController(
            OwnRequests own, CitizenRequests requests, RequestProgresses progresses, CitizenDocuments documents) {
        this.own = own;
        this.requests = requests;
        this.progresses = progresses;
        this.documents = documents;
    }

    @GetMapping
    @Operation(summary = "Your requests, newest first: where each is and whether we are waiting for you")
    List<RequestSummary> list(@AuthenticationPrincipal CitizenPrincipal me) {
        return requests.of(me.citizen()).stream()
                .map(progresses::summary)
                .map(RequestSummary::from)
                .toList();
    }

    @GetMapping("/{reference}")
    @Operation(
            summary = "One of your requests as the portal shows it: stage, what comes next, dates, on track, what we"
                    + " are waiting for from you, the timeline and the documents; someone else's is 404")
    RequestDetail get(@PathVariable String reference, @AuthenticationPrincipal CitizenPrincipal me) {
        var request = own.require(reference, me);
        return RequestDetail.from(progresses.of(request), documents.of(request));
    }
}
