package org.casework.definition.web;

import java.util.ArrayList;
import java.util.List;
import org.casework.definition.Definitions;
import org.casework.definition.ProcessChanges;
import org.casework.definition.ProcessNotFound;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * A process's published versions with their change notes, who published them and when, and what changed between any
 * two of them (or the draft), in the domain's words.
 */
@Controller
@PreAuthorize("hasAuthority('PERMISSION_ADMINISTER')")
class VersionsPage {

    private final Definitions definitions;

    VersionsPage(Definitions definitions) {
        this.definitions = definitions;
    }

    /** One document a comparison can be made from or to. */
    record Choice(String value, String label) {}

    @GetMapping("/admin/processes/{key}/versions")
    ModelAndView versions(@PathVariable String key) {
        var history = definitions.history(key);
        var draft = definitions.draft(key);
        if (history.isEmpty() && draft.isEmpty()) throw new NoSuchProcessVersion("No process " + key);
        var name = ProcessDiagramPage.nameOf(
                draft.orElseGet(() -> history.getFirst().definition()));
        return new ModelAndView("definition/versions")
                .addObject("section", "processes")
                .addObject("key", key)
                .addObject("name", name)
                .addObject("versions", history)
                .addObject("draft", draft.orElse(null))
                .addObject("draftSaved", definitions.draftSaved(key).orElse(null))
                .addObject("choices", choices(key))
                .addObject(
                        "defaultFrom",
                        history.size() > 1 ? String.valueOf(history.get(1).version()) : "draft")
                .addObject(
                        "defaultTo",
                        draft.isPresent() || history.isEmpty()
                                ? "draft"
                                : String.valueOf(history.getFirst().version()))
                .addObject(
                        "diagram",
                        diagramOf(
                                key,
                                draft.isPresent(),
                                history.isEmpty() ? 0 : history.getFirst().version()));
    }

    @GetMapping("/admin/processes/{key}/compare")
    ModelAndView compare(
            @PathVariable String key,
            @RequestParam(defaultValue = "latest") String from,
            @RequestParam(defaultValue = "draft") String to) {
        ProcessChanges changes;
        try {
            changes = definitions.compare(key, from, to);
        } catch (ProcessNotFound missing) {
            throw new NoSuchProcessVersion(missing.getMessage());
        }
        var groups = new ArrayList<Group>();
        for (var area : ProcessChanges.Area.values()) {
            var in = changes.in(area);
            if (!in.isEmpty()) groups.add(new Group(heading(area), in));
        }
        return new ModelAndView("definition/compare")
                .addObject("section", "processes")
                .addObject("key", key)
                .addObject("name", ProcessDiagramPage.nameOf(definitions.document(key, to)))
                .addObject("changes", changes)
                .addObject("groups", groups)
                .addObject("choices", choices(key))
                .addObject("from", from)
                .addObject("to", to);
    }

    /** The changes of one area under its heading. */
    record Group(String heading, List<ProcessChanges.Change> changes) {}

    private static String heading(ProcessChanges.Area area) {
        return switch (area) {
            case PROCESS -> "The process";
            case SERVICE_LEVEL -> "Service level";
            case STAGE -> "Stages";
            case FIELD -> "Fields";
            case STEP -> "Steps";
            case ACTION -> "Actions";
            case ONLINE_FORM -> "Online form";
        };
    }

    private List<Choice> choices(String key) {
        var choices = new ArrayList<Choice>();
        if (definitions.draft(key).isPresent()) choices.add(new Choice("draft", "The draft"));
        for (var version : definitions.versionNumbers(key).reversed())
            choices.add(new Choice(String.valueOf(version), "Version " + version));
        return choices;
    }

    private static String diagramOf(String key, boolean hasDraft, int latest) {
        return hasDraft
                ? "/admin/processes/" + key + "/draft/diagram.svg"
                : "/admin/processes/" + key + "/versions/" + latest + "/diagram.svg";
    }
}
