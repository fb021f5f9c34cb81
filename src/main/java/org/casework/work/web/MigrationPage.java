package org.casework.work.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.casework.definition.Definitions;
import org.casework.definition.ProcessChanges;
import org.casework.definition.ProcessVersion;
import org.casework.definition.Step;
import org.casework.engine.CaseMigrations;
import org.casework.engine.CaseMove;
import org.casework.engine.MigrateCases;
import org.casework.identity.StaffPrincipal;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Moving a process's running cases to a newer version: choose the version and, for steps the cases wait at, where
 * they should wait instead; the preview lists every active case on an older version, whether it can move and why
 * not; moving checks each case again. With the staff pages because it needs the engine, which the definition module
 * must not depend on.
 */
@Controller
@PreAuthorize("hasAuthority('PERMISSION_ADMINISTER')")
class MigrationPage {

    /** Form fields naming a step's new place start with this, then the old step's key. */
    private static final String STEP = "step-";

    private final Definitions definitions;
    private final CaseMigrations migrations;

    MigrationPage(Definitions definitions, CaseMigrations migrations) {
        this.definitions = definitions;
        this.migrations = migrations;
    }

    /** A step the cases wait at, and the steps of the new version they could wait at instead. */
    record Mapping(String step, String field, String chosen, List<Option> options) {}

    record Option(String key, String label) {}

    @GetMapping("/admin/processes/{key}/migrations")
    ModelAndView preview(
            @PathVariable String key,
            @RequestParam(required = false) Integer toVersion,
            @RequestParam Map<String, String> params) {
        var versions = definitions.versionNumbers(key);
        if (versions.isEmpty()) throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No versions of " + key);
        var target = toVersion == null ? versions.getLast() : toVersion;
        var version = definitions
                .version(key, target)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No version " + target));
        var steps = stepsFrom(params);
        var moves = migrations.preview(new MigrateCases(key, target, steps, List.of(), null));
        return new ModelAndView("work/migrations")
                .addObject("section", "processes")
                .addObject("key", key)
                .addObject("name", version.definition().name())
                .addObject("versions", versions)
                .addObject("toVersion", target)
                .addObject("moves", moves)
                .addObject("movable", moves.stream().filter(CaseMove::possible).count())
                .addObject("mappings", mappings(moves, version, steps))
                .addObject("steps", steps);
    }

    @PostMapping("/admin/processes/{key}/migrations")
    ModelAndView migrate(
            @PathVariable String key,
            @RequestParam int toVersion,
            @RequestParam Map<String, String> params,
            @AuthenticationPrincipal StaffPrincipal me,
            RedirectAttributes flash) {
        var steps = stepsFrom(params);
        var results = migrations.migrate(new MigrateCases(key, toVersion, steps, List.of(), me.username()));
        var moved = results.stream().filter(CaseMove::possible).count();
        flash.addFlashAttribute(
                "success", "Moved " + moved + (moved == 1 ? " case" : " cases") + " to version " + toVersion);
        // Flash attributes live in the session, which serialises them: sentences rather than records.
        flash.addFlashAttribute(
                "notMoved",
                new ArrayList<>(results.stream()
                        .filter(m -> !m.possible())
                        .map(m -> m.reference() + ": " + m.reason())
                        .toList()));
        return new ModelAndView("redirect:/admin/processes/" + key + "/migrations?toVersion=" + toVersion);
    }

    private static Map<String, String> stepsFrom(Map<String, String> params) {
        var steps = new LinkedHashMap<String, String>();
        params.forEach((name, value) -> {
            if (name.startsWith(STEP) && value != null && !value.isBlank())
                steps.put(name.substring(STEP.length()), value.strip());
        });
        return steps;
    }

    private static List<Mapping> mappings(List<CaseMove> moves, ProcessVersion target, Map<String, String> steps) {
        var waitingAt = new LinkedHashSet<String>();
        for (var move : moves) if (move.step() != null) waitingAt.add(move.step());
        var options = new ArrayList<Option>();
        for (var step : target.definition().steps()) {
            if (!step.waits() || step instanceof Step.InformationRequest) continue;
            var name = step.name() == null ? step.key() : step.name();
            options.add(new Option(step.key(), name + " (" + ProcessChanges.kindOf(step) + ")"));
        }
        return waitingAt.stream()
                .map(step -> new Mapping(step, STEP + step, steps.getOrDefault(step, ""), options))
                .toList();
    }
}
