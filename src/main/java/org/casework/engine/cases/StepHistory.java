package org.casework.engine.cases;

import java.util.ArrayList;
import java.util.List;
import org.casework.definition.Definitions;
import org.casework.definition.Step;
import org.casework.engine.StepVisit;
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
                        var step = process.step(entry.step());
                        visits.add(new StepVisit(
                                entry.step(),
                                step.map(s -> s.name() == null ? s.key() : s.name())
                                        .orElse(entry.step()),
                                step.map(StepHistory::kind).orElse(null),
                                entry.at(),
                                entry.at(),
                                entry.actor()));
                    }
                }
                case "moved-to-stage" -> {
                    // An officer moved the case on: the step it waited at ends there, uncompleted but left.
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

    private static String kind(Step step) {
        return switch (step) {
            case Step.Task t -> "task";
            case Step.Automatic a -> "automatic";
            case Step.Branch b -> "branch";
            case Step.Timer t -> "timer";
            case Step.InformationRequest r -> "information-request";
            case Step.End e -> "end";
            case Step.SubProcess s -> "sub-process";
            case Step.ChangeAccess c -> "change-access";
        };
    }
}
