package org.casework.api.casefile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.casework.casefile.NewSystemCondition;
import org.casework.casefile.SystemCondition;
import org.casework.casefile.SystemConditions;
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
@RequestMapping("/api/v1/cases/{id}/system-conditions")
@Tag(name = "Case file")
class SystemConditionsController {

    private final SystemConditions conditions;

    SystemConditionsController(SystemConditions conditions) {
        this.conditions = conditions;
    }

    record SystemConditionRequest(String condition, String note) {}

    record SystemConditionResponse(
            UUID id,
            UUID caseId,
            String condition,
            String conditionLabel,
            String note,
            String recordedBy,
            Instant recordedAt) {

        static SystemConditionResponse from(SystemCondition condition) {
            return new SystemConditionResponse(
                    condition.id().value(),
                    condition.caseId().value(),
                    condition.condition(),
                    condition.conditionLabel(),
                    condition.note(),
                    condition.recordedBy(),
                    condition.recordedAt());
        }
    }

    @GetMapping
    @PreAuthorize("hasAuthority('cases:read')")
    @Operation(summary = "What got in the way of doing the job on the case, oldest first")
    List<SystemConditionResponse> list(@PathVariable UUID id, @AuthenticationPrincipal StaffPrincipal me) {
        return conditions.of(new CaseId(id), me).stream()
                .map(SystemConditionResponse::from)
                .toList();
    }

    @PostMapping
    @PreAuthorize("hasAuthority('cases:write')")
    @Operation(summary = "Record a system condition of the case's department, with an optional note")
    ResponseEntity<SystemConditionResponse> add(
            @PathVariable UUID id,
            @RequestBody SystemConditionRequest request,
            @AuthenticationPrincipal StaffPrincipal me) {
        var condition = conditions.add(new CaseId(id), new NewSystemCondition(request.condition(), request.note()), me);
        return ResponseEntity.created(URI.create("/api/v1/cases/" + id + "/system-conditions"))
                .body(SystemConditionResponse.from(condition));
    }
}
