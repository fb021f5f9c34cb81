package org.casework.api.tasks;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.casework.api.BadRequest;
import org.casework.conversation.DocumentId;
import org.casework.engine.Cases;
import org.casework.identity.StaffPrincipal;
import org.casework.work.CaseAccess;
import org.casework.work.ChecklistLine;
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
import org.springframework.web.bind.annotation.PutMapping;
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

    record DecisionRequest(String comment) {}

    record TickRequest(Boolean ticked, UUID document) {}

    record SendBackRequest(String to, String reason) {}

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

    @PostMapping("/tasks/{id}/approve")
    @PreAuthorize("hasAuthority('cases:write')")
    @Operation(
            summary = "Approve an approval task I hold, with an optional comment; the case moves on once the step's"
                    + " approvers have all approved")
    TaskView approve(
            @PathVariable UUID id,
            @RequestBody(required = false) DecisionRequest request,
            @AuthenticationPrincipal StaffPrincipal me) {
        return work.approve(new TaskId(id), request == null ? null : request.comment(), me);
    }

    @PostMapping("/tasks/{id}/reject")
    @PreAuthorize("hasAuthority('cases:write')")
    @Operation(summary = "Reject an approval task I hold, saying why in the comment; the case takes the rejected route")
    TaskView reject(
            @PathVariable UUID id,
            @RequestBody(required = false) DecisionRequest request,
            @AuthenticationPrincipal StaffPrincipal me) {
        return work.reject(new TaskId(id), request == null ? null : request.comment(), me);
    }

    @GetMapping("/tasks/{id}/checklist")
    @PreAuthorize("hasAuthority('cases:read')")
    @Operation(summary = "The items of a checklist task, with what is ticked and the evidence given")
    List<ChecklistLine> checklist(@PathVariable UUID id, @AuthenticationPrincipal StaffPrincipal me) {
        task(id, me);
        return work.checklist(new TaskId(id));
    }

    @PutMapping("/tasks/{id}/checklist/{item}")
    @PreAuthorize("hasAuthority('cases:write')")
    @Operation(
            summary = "Tick (optionally with a document on the case as evidence) or untick one item of a checklist"
                    + " task I hold")
    List<ChecklistLine> tick(
            @PathVariable UUID id,
            @PathVariable String item,
            @RequestBody TickRequest request,
            @AuthenticationPrincipal StaffPrincipal me) {
        if (request.ticked() == null) throw BadRequest.unprocessable("ticked", "is required: true or false");
        var document = request.document() == null ? null : new DocumentId(request.document());
        return work.tick(new TaskId(id), item, request.ticked(), document, me);
    }

    @PostMapping("/tasks/{id}/send-back")
    @PreAuthorize("hasAuthority('cases:write')")
    @Operation(
            summary = "Send a task I hold back to the step worked on before it ('to': 'step') or to the officer who"
                    + " did it ('person'), with a reason; 409 when there is no earlier step")
    TaskView sendBack(
            @PathVariable UUID id, @RequestBody SendBackRequest request, @AuthenticationPrincipal StaffPrincipal me) {
        var to = request.to() == null ? "step" : request.to();
        if (!to.equals("step") && !to.equals("person")) {
            throw BadRequest.unprocessable("to", "must be 'step' or 'person'");
        }
        return work.sendBack(new TaskId(id), to.equals("person"), request.reason(), me);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String blankToNull(String value) {
        return blank(value) ? null : value;
    }
}
