package org.casework.api.cases;

import io.swagger.v3.oas.annotations.Operation;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.casework.engine.CaseId;
import org.casework.engine.Cases;
import org.casework.identity.StaffPrincipal;
import org.casework.portal.CitizenEvent;
import org.casework.portal.RequestProgresses;
import org.casework.portal.TrackingLinks;
import org.casework.work.CaseAccess;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A request as its citizen follows it, for a council's own website or app to show, and new tracking links for a
 * citizen who lost theirs. The same per-case access as the rest of the API applies.
 */
@RestController
@RequestMapping("/api/v1")
class TrackingController {

    private final Cases cases;
    private final CaseAccess access;
    private final RequestProgresses progresses;
    private final TrackingLinks links;

    TrackingController(Cases cases, CaseAccess access, RequestProgresses progresses, TrackingLinks links) {
        this.cases = cases;
        this.access = access;
        this.progresses = progresses;
        this.links = links;
    }

    record Progress(
            String reference,
            String process,
            String status,
            boolean onTrack,
            Stage currentStage,
            Stage nextStage,
            LocalDate dueOn,
            LocalDate estimatedCompletion,
            List<Event> timeline) {}

    record Stage(String name, String description, LocalDate targetDate) {}

    record Event(Instant at, String title, String text) {}

    record Link(String reference, String url, Instant expiresAt) {}

    @GetMapping("/cases/{id}/progress")
    @PreAuthorize("hasAuthority('cases:read')")
    @Operation(
            summary = "The request as its citizen sees it: stage and what comes next in the process's words for"
                    + " citizens, dates, on track or not, and the timeline meant for them (no internal notes or names)")
    Progress progress(@PathVariable UUID id, @AuthenticationPrincipal StaffPrincipal me) {
        var view = access.require(cases.get(new CaseId(id)), me);
        var progress = progresses.of(view);
        return new Progress(
                view.reference(),
                view.processName(),
                progress.status(),
                progress.onTrack(),
                stage(progress.current()),
                stage(progress.next()),
                view.dueOn(),
                progress.estimatedCompletion(),
                progress.timeline().stream().map(TrackingController::event).toList());
    }

    @PostMapping("/cases/{id}/tracking-links")
    @PreAuthorize("hasAuthority('cases:write')")
    @Operation(
            summary = "A new secret link for the citizen to follow the request without an account (for one who lost"
                    + " theirs); earlier links keep working until they expire")
    ResponseEntity<Link> newLink(@PathVariable UUID id, @AuthenticationPrincipal StaffPrincipal me) {
        var view = access.require(cases.get(new CaseId(id)), me);
        var link = links.issue(view);
        return ResponseEntity.created(URI.create(link.url()))
                .body(new Link(link.reference(), link.url(), link.expiresAt()));
    }

    private static Stage stage(org.casework.engine.CaseView.StageView stage) {
        return stage == null ? null : new Stage(stage.name(), stage.description(), stage.targetDate());
    }

    private static Event event(CitizenEvent event) {
        return new Event(event.at(), event.title(), event.text());
    }
}
