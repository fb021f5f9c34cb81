package org.casework.api.tasks;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Map;
import java.util.UUID;
import org.casework.api.BadRequest;
import org.casework.engine.Cases;
import org.casework.identity.StaffPrincipal;
import org.casework.work.CaseAccess;
import org.casework.work.QueuePage;
import org.casework.work.TaskId;
import org.casework.work.TaskNotFound;
import org.casework.work.TaskView;
import org.casework.work.WorkQueues;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Tasks", description = "Team queues, my tasks, and claiming, releasing, reassigning and completing work")
class TasksController {

    private final WorkQueues work;
    private final CaseAccess access;
    private final Cases cases;

    TasksController(WorkQueues work, CaseAccess access, Cases cases) {
        this.work = work;
        this.access = access;
        this.cases = cases;
    }

    record CompleteRequest(Map<String, Object> data) {}

    record ReassignRequest(String user, String team) {}

    @GetMapping("/teams/{team}/queue")
    @PreAuthorize("hasAuthority('cases:read')")
    @Operation(summary = "The team's unclaimed tasks, oldest due first; pass 'next' as 'after' for the next page")
    QueuePage teamQueue(
            @PathVariable String team,
            @RequestParam(required = false) String after,
            @RequestParam(defaultValue = "20") int limit,
            @AuthenticationPrincipal StaffPrincipal me) {
        return work.teamQueue(team, after, limit, me);
    }

    @GetMapping("/tasks/mine")
    @PreAuthorize("hasAuthority('cases:read')")
    @Operation(summary = "The tasks I have claimed, soonest due first")
    QueuePage myTasks(
            @RequestParam(required = false) String after,
            @RequestParam(defaultValue = "20") int limit,
            @AuthenticationPrincipal StaffPrincipal me) {
        return work.myTasks(me, after, limit);
    }

    @GetMapping("/tasks/{id}")
    @PreAuthorize("hasAuthority('cases:read')")
    @Operation(summary = "One task")
    TaskView task(@PathVariable UUID id, @AuthenticationPrincipal StaffPrincipal me) {
        var task = work.task(new TaskId(id));
        // A task on a case its owner may not see is reported as not found, as the case itself is.
        if (!access.maySee(cases.get(task.caseId()), me)) throw new TaskNotFound(task.id());
        return task;
    }

    @PostMapping("/tasks/{id}/claim")
    @PreAuthorize("hasAuthority('cases:write')")
    @Operation(summary = "Take a task from my team's queue; 409 if someone else has it")
    TaskView claim(@PathVariable UUID id, @AuthenticationPrincipal StaffPrincipal me) {
        return work.claim(new TaskId(id), me);
    }

    @PostMapping("/tasks/{id}/release")
    @PreAuthorize("hasAuthority('cases:write')")
    @Operation(summary = "Put a task I hold back in its team's queue")
    TaskView release(@PathVariable UUID id, @AuthenticationPrincipal StaffPrincipal me) {
        return work.release(new TaskId(id), me);
    }

    @PostMapping("/tasks/{id}/reassign")
    @PreAuthorize("hasAuthority('cases:write')")
    @Operation(summary = "Give a task to another officer or team (team leads)")
    TaskView reassign(
            @PathVariable UUID id, @RequestBody ReassignRequest request, @AuthenticationPrincipal StaffPrincipal me) {
        if (blank(request.user()) && blank(request.team())) {
            throw BadRequest.unprocessable("user", "or team is required: who should have the task");
        }
        return work.reassign(new TaskId(id), blankToNull(request.user()), blankToNull(request.team()), me);
    }

    @PostMapping("/tasks/{id}/complete")
    @PreAuthorize("hasAuthority('cases:write')")
    @Operation(summary = "Complete a task I hold with the step's fields; the case moves on. 409 if already done")
    TaskView complete(
            @PathVariable UUID id, @RequestBody CompleteRequest request, @AuthenticationPrincipal StaffPrincipal me) {
        return work.complete(new TaskId(id), request.data() == null ? Map.of() : request.data(), me);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String blankToNull(String value) {
        return blank(value) ? null : value;
    }
}
