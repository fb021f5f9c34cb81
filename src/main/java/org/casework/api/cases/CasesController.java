package org.casework.api.cases;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.casework.api.BadRequest;
import org.casework.definition.ProcessNotFound;
import org.casework.engine.AbandonReason;
import org.casework.engine.CaseId;
import org.casework.engine.CaseQuery;
import org.casework.engine.CaseStatus;
import org.casework.engine.CaseView;
import org.casework.engine.Cases;
import org.casework.engine.ChildCase;
import org.casework.engine.Citizen;
import org.casework.engine.StartCase;
import org.casework.engine.TimelineEntry;
import org.casework.identity.Permission;
import org.casework.identity.StaffPrincipal;
import org.casework.portal.Confirmations;
import org.casework.work.CaseAccess;
import org.casework.work.NotAllowed;
import org.casework.work.WorkQueues;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Cases", description = "Start, find, follow and abandon cases")
class CasesController {

    private final Cases cases;
    private final WorkQueues work;
    private final CaseAccess access;
    private final Confirmations confirmations;

    CasesController(Cases cases, WorkQueues work, CaseAccess access, Confirmations confirmations) {
        this.cases = cases;
        this.work = work;
        this.access = access;
        this.confirmations = confirmations;
    }

    record StartCaseRequest(String process, Map<String, Object> data, Citizen citizen) {}

    record AbandonRequest(String reason, String note) {}

    record MoveRequest(String stage, String reason) {}

    /** The case that started this one, if any, and the cases this one started, oldest first. */
    record CaseFamily(ChildCase parent, List<ChildCase> children) {}

    record CasePage(List<CaseResponse> cases, String next) {}

    @PostMapping("/cases")
    @PreAuthorize("hasAuthority('cases:write')")
    @Operation(
            summary = "Start a case on the latest published version of a process; send Idempotency-Key to retry"
                    + " safely")
    ResponseEntity<StartedCaseResponse> start(
            @RequestBody StartCaseRequest request,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
            @AuthenticationPrincipal StaffPrincipal me) {
        if (request.process() == null || request.process().isBlank()) {
            throw BadRequest.unprocessable("process", "is required: the key of a published process");
        }
        requireCitizenFits(request.citizen());
        if (idempotencyKey != null && (idempotencyKey.isBlank() || idempotencyKey.length() > 200)) {
            throw BadRequest.malformed("Idempotency-Key", "must be 1 to 200 characters");
        }
        CaseView started;
        try {
            started = cases.start(
                    new StartCase(request.process(), request.data(), request.citizen(), me.username(), idempotencyKey));
        } catch (ProcessNotFound e) {
            throw BadRequest.unprocessable("process", "'" + request.process() + "' is not a published process");
        }
        // The case is committed: the confirmation's link always works.
        var link = confirmations.confirm(started);
        return ResponseEntity.created(URI.create("/api/v1/cases/" + started.id()))
                .body(new StartedCaseResponse(CaseResponse.from(started, work.tasksOf(started.id())), link.url()));
    }

    @GetMapping("/cases/{id}")
    @PreAuthorize("hasAuthority('cases:read')")
    @Operation(
            summary = "A case: data, stages, the steps it has been through, open tasks, due and estimated completion")
    CaseResponse get(@PathVariable UUID id, @AuthenticationPrincipal StaffPrincipal me) {
        var view = access.require(cases.get(new CaseId(id)), me);
        return CaseResponse.from(view, work.tasksOf(view.id()), cases.steps(view.id()));
    }

    @GetMapping("/cases/by-reference/{reference}")
    @PreAuthorize("hasAuthority('cases:read')")
    @Operation(summary = "Find a case by its human reference, such as RP-2026-000123")
    CaseResponse byReference(@PathVariable String reference, @AuthenticationPrincipal StaffPrincipal me) {
        var view = access.require(cases.byReference(reference), me);
        return CaseResponse.from(view, work.tasksOf(view.id()), cases.steps(view.id()));
    }

    @GetMapping("/cases")
    @PreAuthorize("hasAuthority('cases:read')")
    @Operation(
            summary = "List the cases the key's owner may see, newest first, filtered by status, process, stage,"
                    + " postcode, citizen surname (prefix) and created range")
    CasePage list(
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String process,
            @RequestParam(required = false) String stage,
            @RequestParam(required = false) String postcode,
            @RequestParam(required = false) String surname,
            @RequestParam(required = false) Instant createdFrom,
            @RequestParam(required = false) Instant createdTo,
            @RequestParam(required = false) String after,
            @RequestParam(defaultValue = "20") int limit,
            @AuthenticationPrincipal StaffPrincipal me) {
        var bounded = Math.max(1, Math.min(limit, 100));
        var cursor = decode(after);
        var found = cases.list(new CaseQuery(
                status(status),
                blankToNull(process),
                blankToNull(stage),
                postcode(postcode),
                blankToNull(surname),
                createdFrom,
                createdTo,
                null,
                null,
                null,
                null,
                null,
                // A key acts for its owner: it lists only the cases its owner may see.
                access.searchScope(me),
                cursor.surname(),
                cursor.at(),
                cursor.id(),
                bounded + 1));
        var page = found.size() > bounded ? found.subList(0, bounded) : found;
        var next = found.size() > bounded ? encode(page.getLast()) : null;
        return new CasePage(
                page.stream().map(v -> CaseResponse.from(v, List.of())).toList(), next);
    }

    @GetMapping("/cases/{id}/timeline")
    @PreAuthorize("hasAuthority('cases:read')")
    @Operation(summary = "Everything that happened to the case, oldest first")
    List<TimelineEntry> timeline(@PathVariable UUID id, @AuthenticationPrincipal StaffPrincipal me) {
        var view = access.require(cases.get(new CaseId(id)), me);
        return cases.timeline(view.id());
    }

    @PostMapping("/cases/{id}/abandon")
    @PreAuthorize("hasAuthority('cases:write')")
    @Operation(summary = "End an open case early, with a reason from the list; needs the abandon permission")
    CaseResponse abandon(
            @PathVariable UUID id, @RequestBody AbandonRequest request, @AuthenticationPrincipal StaffPrincipal me) {
        if (!me.can(Permission.ABANDON_CASES)) {
            throw new NotAllowed(me.username() + " may not abandon cases; a team lead can");
        }
        if (request.reason() == null || request.reason().isBlank()) {
            throw BadRequest.unprocessable("reason", "is required: one of the abandon reasons");
        }
        access.require(cases.get(new CaseId(id)), me);
        var view = cases.abandon(new CaseId(id), request.reason(), request.note(), me.username());
        return CaseResponse.from(view, work.tasksOf(view.id()));
    }

    @PostMapping("/cases/{id}/move")
    @PreAuthorize("hasAuthority('cases:write')")
    @Operation(
            summary = "Move a case of a flexible process to another stage, with a reason; its current task is"
                    + " cancelled and the stage's first step entered. A restricted process answers 422")
    CaseResponse move(
            @PathVariable UUID id, @RequestBody MoveRequest request, @AuthenticationPrincipal StaffPrincipal me) {
        access.require(cases.get(new CaseId(id)), me);
        var view = cases.moveToStage(new CaseId(id), request.stage(), request.reason(), me.username());
        return CaseResponse.from(view, work.tasksOf(view.id()));
    }

    @GetMapping("/cases/{id}/family")
    @PreAuthorize("hasAuthority('cases:read')")
    @Operation(summary = "The case that started this one (by a sub-process step or action), and those it started")
    CaseFamily family(@PathVariable UUID id, @AuthenticationPrincipal StaffPrincipal me) {
        var view = access.require(cases.get(new CaseId(id)), me);
        return new CaseFamily(cases.parentOf(view.id()).orElse(null), cases.children(view.id()));
    }

    @GetMapping("/abandon-reasons")
    @PreAuthorize("hasAuthority('cases:read')")
    @Operation(summary = "The reasons a case may be abandoned for")
    List<AbandonReason> abandonReasons() {
        return cases.abandonReasons();
    }

    private static final java.util.regex.Pattern EMAIL =
            java.util.regex.Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    /** The citizen's details must fit what the case keeps; a reason per field rather than a failed insert. */
    private static void requireCitizenFits(Citizen citizen) {
        if (citizen == null) return;
        if (citizen.name() != null && citizen.name().length() > 200) {
            throw BadRequest.unprocessable("citizen.name", "must be at most 200 characters");
        }
        if (citizen.email() != null
                && (citizen.email().length() > 320
                        || !EMAIL.matcher(citizen.email()).matches())) {
            throw BadRequest.unprocessable("citizen.email", "must be an email address such as name@example.com");
        }
        if (citizen.phone() != null && citizen.phone().length() > 40) {
            throw BadRequest.unprocessable("citizen.phone", "must be at most 40 characters");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** Postcodes are stored upper-case with one space, as the case data normalises them. */
    private static String postcode(String value) {
        if (value == null || value.isBlank()) return null;
        var compact = value.replaceAll("\\s+", "").toUpperCase(java.util.Locale.ROOT);
        if (compact.length() < 5 || compact.length() > 7) {
            throw BadRequest.malformed("postcode", "is not a UK postcode");
        }
        return compact.substring(0, compact.length() - 3) + " " + compact.substring(compact.length() - 3);
    }

    private static CaseStatus status(String value) {
        if (value == null || value.isBlank()) return null;
        try {
            return CaseStatus.fromValue(value);
        } catch (IllegalArgumentException e) {
            throw BadRequest.malformed("status", "must be one of open, waiting, closed, abandoned");
        }
    }

    private record Cursor(Instant at, UUID id, String surname) {}

    private static Cursor decode(String after) {
        if (after == null || after.isBlank()) return new Cursor(null, null, null);
        try {
            var parts = new String(Base64.getUrlDecoder().decode(after), StandardCharsets.UTF_8).split("\\|", -1);
            return new Cursor(Instant.parse(parts[0]), UUID.fromString(parts[1]), parts.length > 2 ? parts[2] : null);
        } catch (RuntimeException e) {
            throw BadRequest.malformed("after", "is not a cursor from a previous page");
        }
    }

    private static String encode(CaseView last) {
        var surname = last.citizen().surnameKey();
        var text = last.createdAt() + "|" + last.id() + (surname == null ? "" : "|" + surname);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }
}
