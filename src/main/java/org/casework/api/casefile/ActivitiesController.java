package org.casework.api.casefile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.casework.casefile.Activities;
import org.casework.casefile.Activity;
import org.casework.casefile.NewActivity;
import org.casework.engine.CaseId;
import org.casework.identity.StaffPrincipal;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/cases/{id}/activities")
@Tag(name = "Case file")
class ActivitiesController {

    private final Activities activities;

    ActivitiesController(Activities activities) {
        this.activities = activities;
    }

    /** {@code doneBy} is a username; left out, the key's owner did it. */
    record ActivityRequest(String taskCategory, String description, Integer minutes, LocalDate doneOn, String doneBy) {}

    record ActivityPage(List<ActivityResponse> activities, int totalMinutes) {}

    record ActivityResponse(
            UUID id,
            UUID caseId,
            String taskCategory,
            String taskCategoryLabel,
            String description,
            String doneBy,
            int minutes,
            LocalDate doneOn,
            String recordedBy,
            Instant recordedAt) {

        static ActivityResponse from(Activity activity) {
            return new ActivityResponse(
                    activity.id().value(),
                    activity.caseId().value(),
                    activity.taskCategory(),
                    activity.taskCategoryLabel(),
                    activity.description(),
                    activity.doneBy(),
                    activity.minutes(),
                    activity.doneOn(),
                    activity.recordedBy(),
                    activity.recordedAt());
        }
    }

    @GetMapping
    @PreAuthorize("hasAuthority('cases:read')")
    @Operation(summary = "The time recorded on the case, most recent first, with the total in minutes")
    ActivityPage list(@PathVariable UUID id, @AuthenticationPrincipal StaffPrincipal me) {
        var recorded = activities.of(new CaseId(id), me);
        return new ActivityPage(
                recorded.stream().map(ActivityResponse::from).toList(),
                recorded.stream().mapToInt(Activity::minutes).sum());
    }

    @PostMapping
    @PreAuthorize("hasAuthority('cases:write')")
    @Operation(
            summary = "Record time spent: a task category of the case's department, what was done, minutes, the day"
                    + " and who did it")
    ResponseEntity<ActivityResponse> add(
            @PathVariable UUID id, @RequestBody ActivityRequest request, @AuthenticationPrincipal StaffPrincipal me) {
        var activity = activities.add(
                new CaseId(id),
                new NewActivity(
                        request.taskCategory(),
                        request.description(),
                        request.minutes(),
                        request.doneOn(),
                        request.doneBy()),
                me);
        return ResponseEntity.created(URI.create("/api/v1/cases/" + id + "/activities"))
                .body(ActivityResponse.from(activity));
    }
}
