package org.casework.engine;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A case as staff and systems see it: where it is, its data and its dates. {@code slaPausedSince} is the day its
 * service-level clock stopped while it waits on the citizen (its dates move out when the clock starts again), or null
 * while the clock runs.
 */
public record CaseView(
        CaseId id,
        String reference,
        String process,
        int processVersion,
        String processName,
        CaseStatus status,
        String currentStep,
        String currentStepName,
        Map<String, Object> data,
        Citizen citizen,
        String postcode,
        List<StageView> stages,
        Instant createdAt,
        String createdBy,
        LocalDate dueOn,
        LocalDate estimatedCompletion,
        Instant closedAt,
        String outcome,
        long version,
        LocalDate slaPausedSince) {

    /** A stage of the process: done, current or still to come, with its target date where known. */
    public record StageView(String key, String name, String description, String state, LocalDate targetDate) {}

    public StageView currentStage() {
        return stages.stream()
                .filter(s -> s.state().equals("current"))
                .findFirst()
                .orElse(null);
    }
}
