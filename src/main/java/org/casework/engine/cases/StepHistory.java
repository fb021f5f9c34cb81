package org.casework.engine.cases;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import org.casework.definition.Definitions;
import org.casework.definition.ProcessDefinition;
import org.casework.definition.Step;
import org.casework.engine.StepVisit;
import org.casework.engine.TimelineEntry;
import org.springframework.stereotype.Component;

/**
 * Rebuilds the steps a case has been through from its timeline: a waiting step has an arrival and a completion row,
 * a step the case passed straight through only its completion.
 */
@Component
public class StepHistory {

    private final TimelineRows timeline;
    private final Definitions definitions;

    StepHistory(TimelineRows timeline, Definitions definitions) {
        this.timeline = timeline;
        this.definitions = definitions;
    }

    /** The steps the case has been through, in order, from its timeline; the last is open while the case waits. */
    public List<StepVisit> of(CaseRow row) {
        var process = definitions.published(row.processVersion()).definition();
        var visits = new ArrayList<StepVisit>();
        for (var entry : timeline.of(row.id())) {
            switch (entry.type()) {
                case "step-entered" -> {
                    var step = process.step(entry.step());
                    visits.add(new StepVisit(
                            entry.step(),
                            step.map(s -> s.name() == null ? s.key() : s.name()).orElse(entry.step()),
                            step.map(StepHistory::kind).orElse(null),
                            entry.at(),
                            null,
                            null));
                }
                case "step-completed" -> {
                    if (!visits.isEmpty()
                            && visits.getLast().step().equals(entry.step())
                            && visits.getLast().completedAt() == null) {
                        var open = visits.removeLast();
                        visits.add(new StepVisit(
                                open.step(), open.name(), open.kind(), open.enteredAt(), entry.at(), entry.actor()));
                    } else {
                        // A step the case passed straight through has only its completion on the timeline.
                        visits.add(passedThrough(process, entry, entry.actor()));
                    }
                }
                case "case-closed" -> {
                    // The end step's visit: its close is its only row (timelines written before that also have a
                    // completion row for it, which made the visit already).
                    if (entry.step() != null
                            && (visits.isEmpty() || !visits.getLast().step().equals(entry.step()))) {
                        visits.add(passedThrough(process, entry, "system"));
                    }
                }
                case "sent-back", "moved-to-stage" -> {
                    // The visit ended without its work done (returned, or the case moved to another stage): closed
                    // there, by whoever did it.
                    if (!visits.isEmpty()
                            && visits.getLast().step().equals(entry.step())
                            && visits.getLast().completedAt() == null) {
                        var open = visits.removeLast();
                        visits.add(new StepVisit(
                                open.step(), open.name(), open.kind(), open.enteredAt(), entry.at(), entry.actor()));
                    }
                }
                default -> {}
            }
        }
        return visits;
    }

    /** A visit to the entry's step that began and ended at the entry. */
    private static StepVisit passedThrough(ProcessDefinition process, TimelineEntry entry, String by) {
        var step = process.step(entry.step());
        return new StepVisit(
                entry.step(),
                step.map(s -> s.name() == null ? s.key() : s.name()).orElse(entry.step()),
                step.map(StepHistory::kind).orElse(null),
                entry.at(),
                entry.at(),
                by);
    }

    /** Where an officer can send the case back to: a step people worked on, and its stage's first target date. */
    public record ReturnPoint(String step, LocalDate stageTarget) {}

    /**
     * The step people last worked on before the one the case waits at: the latest step other than the current one
     * that an officer completed (a visit returned unfinished does not count), with the target date its stage was
     * given when the case first entered it. Empty when the case has no such step to go back to.
     */
    Optional<ReturnPoint> returnPoint(CaseRow row, ProcessDefinition process) {
        var firstTargets = new HashMap<String, LocalDate>();
        String found = null;
        for (var entry : timeline.of(row.id())) {
            if (entry.type().equals("stage-entered")) {
                var stage = String.valueOf(entry.detail().get("stage"));
                var target = entry.detail().get("targetDate");
                if (target != null && !"null".equals(target)) {
                    firstTargets.putIfAbsent(stage, LocalDate.parse(String.valueOf(target)));
                }
            } else if (entry.type().equals("step-completed")
                    && !entry.step().equals(row.step())
                    && !"system".equals(entry.actor())
                    && process.step(entry.step()).orElse(null) instanceof Step.Human) {
                found = entry.step();
            }
        }
        if (found == null) return Optional.empty();
        var stage = process.step(found).map(Step::stage).orElse(null);
        return Optional.of(new ReturnPoint(found, stage == null ? null : firstTargets.get(stage)));
    }

    private static String kind(Step step) {
        return switch (step) {
            case Step.Task t -> "task";
            case Step.Automatic a -> "automatic";
            case Step.Branch b -> "branch";
            case Step.Timer t -> "timer";
            case Step.InformationRequest r -> "information-request";
            case Step.End e -> "end";
            case Step.Api a -> "api";
            case Step.Approval a -> "approval";
            case Step.Checklist c -> "checklist";
            case Step.SubProcess s -> "sub-process";
            case Step.ChangeAccess c -> "change-access";
        };
    }
}
