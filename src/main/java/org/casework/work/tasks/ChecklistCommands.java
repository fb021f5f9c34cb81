package org.casework.work.tasks;

import java.time.Clock;
import java.util.List;
import org.casework.conversation.Document;
import org.casework.conversation.DocumentId;
import org.casework.conversation.Documents;
import org.casework.definition.Step;
import org.casework.engine.Cases;
import org.casework.engine.TimelineEntry;
import org.casework.identity.StaffPrincipal;
import org.casework.work.ChecklistLine;
import org.casework.work.TaskConflict;
import org.casework.work.TaskId;
import org.casework.work.TaskNotFound;
import org.casework.work.TaskRefused;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The items of a checklist task: read with what is ticked, and ticked or unticked one at a time by the officer
 * holding the task, each change saved at once and put on the case's timeline. Evidence is a document already on the
 * case (one the officer has just uploaded to it, or one the citizen sent).
 */
@Service
public class ChecklistCommands {

    private final HeldTasks held;
    private final TaskRows tasks;
    private final TaskSteps steps;
    private final ChecklistTicks ticks;
    private final Documents documents;
    private final Cases cases;
    private final Clock clock;

    ChecklistCommands(
            HeldTasks held,
            TaskRows tasks,
            TaskSteps steps,
            ChecklistTicks ticks,
            Documents documents,
            Cases cases,
            Clock clock) {
        this.held = held;
        this.tasks = tasks;
        this.steps = steps;
        this.ticks = ticks;
        this.documents = documents;
        this.cases = cases;
        this.clock = clock;
    }

    /** The checklist's items in the definition's order, with what is ticked; empty for a task of another kind. */
    public List<ChecklistLine> lines(TaskId id) {
        var task = tasks.find(id).orElseThrow(() -> new TaskNotFound(id));
        if (!(steps.of(task) instanceof Step.Checklist checklist)) return List.of();
        var ticked = ticks.of(id);
        return checklist.items().stream()
                .map(item -> {
                    var tick = ticked.get(item.key());
                    var document = tick == null || tick.document() == null
                            ? null
                            : documents.find(tick.document()).orElse(null);
                    return new ChecklistLine(
                            item.key(),
                            item.shownAs(),
                            item.evidence().name().toLowerCase(java.util.Locale.ROOT),
                            tick != null,
                            tick == null ? null : tick.by(),
                            tick == null ? null : tick.at(),
                            tick == null ? null : tick.document(),
                            document == null ? null : document.filename());
                })
                .toList();
    }

    /**
     * Ticks the item (with a document on the case as its evidence, or none) or unticks it. Ticking again with other
     * evidence replaces it. Nothing reaches the timeline when nothing changed.
     */
    @Transactional
    public List<ChecklistLine> tick(
            TaskId id, String itemKey, boolean ticked, DocumentId evidence, StaffPrincipal officer) {
        var row = held.lockHeldBy(id, officer, "tick the checklist of");
        var task = row.view();
        if (!(steps.of(task) instanceof Step.Checklist checklist)) {
            throw new TaskConflict("Task " + id + " is not a checklist: it has nothing to tick");
        }
        var item = checklist.items().stream()
                .filter(candidate -> candidate.key().equals(itemKey))
                .findFirst()
                .orElseThrow(() -> TaskRefused.invalid("item", "The checklist has no item '" + itemKey + "'"));
        var before = ticks.of(id).get(itemKey);
        if (!ticked) {
            if (ticks.untick(id, itemKey)) {
                cases.record(
                        task.caseId(),
                        "checklist-item-unticked",
                        officer.username(),
                        task.step(),
                        TimelineEntry.details("item", item.shownAs()));
            }
            return lines(id);
        }
        Document document = null;
        if (evidence != null) {
            if (item.evidence() == Step.Evidence.NONE) {
                throw TaskRefused.invalid(
                        "document", "'" + item.shownAs() + "' takes no evidence: tick it without a document");
            }
            document = documents
                    .find(evidence)
                    .filter(found -> task.caseId().equals(found.caseId()))
                    .orElseThrow(() -> TaskRefused.invalid(
                            "document", "Choose a document on this case as the evidence for '" + item.shownAs() + "'"));
        }
        if (before != null && java.util.Objects.equals(before.document(), evidence)) return lines(id);
        ticks.tick(id, itemKey, officer.username(), clock.instant(), evidence);
        cases.record(
                task.caseId(),
                "checklist-item-ticked",
                officer.username(),
                task.step(),
                TimelineEntry.details(
                        "item", item.shownAs(), "document", document == null ? null : document.filename()));
        return lines(id);
    }
}
