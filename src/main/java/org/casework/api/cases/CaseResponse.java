package org.casework.api.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.casework.engine.CaseView;
import org.casework.engine.Citizen;
import org.casework.engine.StepVisit;
import org.casework.work.TaskView;

/**
 * A case in the API: where it is, its data, dates and the work open on it; {@code slaPausedSince} is set while its
 * SLA clock stands still, waiting on the citizen.
 */
record CaseResponse(
        String id,
        String reference,
        String process,
        int processVersion,
        String processName,
        String status,
        String currentStage,
        String currentStep,
        String currentStepName,
        Map<String, Object> data,
        Citizen citizen,
        String postcode,
        List<CaseView.StageView> stages,
        List<StepVisit> steps,
        List<TaskSummary> openTasks,
        Instant createdAt,
        String createdBy,
        LocalDate dueOn,
        LocalDate estimatedCompletion,
        Instant closedAt,
        String outcome,
        LocalDate slaPausedSince) {

    /** A task open on the case. */
    record TaskSummary(String id, String step, String team, String assignee, String state, LocalDate dueOn) {}

    /** A case in a list: without its step history, which would cost a timeline read per row. */
    static CaseResponse from(CaseView view, List<TaskView> tasks) {
        return from(view, tasks, null);
    }

    static CaseResponse from(CaseView view, List<TaskView> tasks, List<StepVisit> steps) {
        var stage = view.currentStage();
        return new CaseResponse(
                view.id().toString(),
                view.reference(),
                view.process(),
                view.processVersion(),
                view.processName(),
                view.status().value(),
                stage == null ? null : stage.key(),
                view.status().isActive() ? view.currentStep() : null,
                view.status().isActive() ? view.currentStepName() : null,
                view.data(),
                view.citizen(),
                view.postcode(),
                view.stages(),
                steps,
                tasks.stream()
                        .filter(t -> t.state().value().equals("open")
                                || t.state().value().equals("claimed"))
                        .map(t -> new TaskSummary(
                                t.id().toString(),
                                t.step(),
                                t.team(),
                                t.assignee(),
                                t.state().value(),
                                t.dueOn()))
                        .toList(),
                view.createdAt(),
                view.createdBy(),
                view.dueOn(),
                view.estimatedCompletion(),
                view.closedAt(),
                view.outcome(),
                view.slaPausedSince());
    }
}
