package org.casework.api.definitions;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import org.casework.api.BadRequest;
import org.casework.definition.Definitions;
import org.casework.definition.ProcessChanges;
import org.casework.engine.CaseMigrations;
import org.casework.engine.CaseMove;
import org.casework.engine.Cases;
import org.casework.engine.MigrateCases;
import org.casework.identity.StaffPrincipal;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Comparing a process's versions, and moving its running cases to a newer one. */
@RestController
@RequestMapping("/api/v1/definitions")
@Tag(name = "Process definitions")
class ProcessVersionsController {

    private final Definitions definitions;
    private final CaseMigrations migrations;
    private final Cases cases;

    ProcessVersionsController(Definitions definitions, CaseMigrations migrations, Cases cases) {
        this.definitions = definitions;
        this.migrations = migrations;
        this.cases = cases;
    }

    @GetMapping("/{key}/compare")
    @PreAuthorize("hasAuthority('definitions:admin') and hasAuthority('PERMISSION_ADMINISTER')")
    @Operation(
            summary = "What changed between two documents of a process (a version number, draft or latest): steps,"
                    + " conditions, service levels, stages, fields and actions added, removed or changed")
    ProcessChanges compare(
            @PathVariable String key,
            @RequestParam(defaultValue = "latest") String from,
            @RequestParam(defaultValue = "draft") String to) {
        return definitions.compare(key, from, to);
    }

    /**
     * A migration to preview or carry out: the version to move to, where the cases at a step should wait instead
     * ({@code steps}, old step to new), and optionally only these cases by reference.
     */
    record MigrationRequest(Integer toVersion, Map<String, String> steps, List<String> cases, boolean execute) {}

    /** One case in a migration; {@code moved} after it is carried out, {@code canMove} in a preview. */
    record CaseInMigration(
            String reference,
            int fromVersion,
            String step,
            String toStep,
            boolean canMove,
            boolean moved,
            String reason) {
        static CaseInMigration from(CaseMove move, boolean executed) {
            return new CaseInMigration(
                    move.reference(),
                    move.fromVersion(),
                    move.step(),
                    move.toStep(),
                    move.possible(),
                    executed && move.possible(),
                    move.reason());
        }
    }

    record Migration(String key, int toVersion, boolean executed, List<CaseInMigration> cases) {}

    @PostMapping("/{key}/migrations")
    @PreAuthorize("hasAuthority('definitions:admin') and hasAuthority('PERMISSION_ADMINISTER')")
    @Operation(
            summary = "Preview (execute false) or carry out (execute true) moving the process's active cases on older"
                    + " versions to a newer version; each case is checked again as it moves")
    Migration migrate(
            @PathVariable String key,
            @RequestBody MigrationRequest request,
            @AuthenticationPrincipal StaffPrincipal me) {
        if (request.toVersion() == null) throw BadRequest.unprocessable("toVersion", "is required");
        var only = request.cases() == null
                ? List.<org.casework.engine.CaseId>of()
                : request.cases().stream()
                        .map(reference -> cases.byReference(reference).id())
                        .toList();
        var command = new MigrateCases(key, request.toVersion(), request.steps(), only, me.username());
        var moves = request.execute() ? migrations.migrate(command) : migrations.preview(command);
        return new Migration(
                key,
                request.toVersion(),
                request.execute(),
                moves.stream()
                        .map(m -> CaseInMigration.from(m, request.execute()))
                        .toList());
    }
}
