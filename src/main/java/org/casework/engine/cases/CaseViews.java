package org.casework.engine.cases;

import java.time.LocalDate;
import java.util.ArrayList;
import org.casework.definition.Definitions;
import org.casework.definition.StageDefinition;
import org.casework.engine.CaseView;
import org.casework.engine.WorkingCalendar;
import org.casework.platform.CouncilTime;
import org.springframework.stereotype.Component;

/**
 * Builds what people see of a case from its row and its process version: the stages done, current and to come, each
 * with a target date, and the estimated completion (the current stage's target plus the later stages' targets).
 */
@Component
public class CaseViews {

    private final Definitions definitions;
    private final WorkingCalendar calendar;

    CaseViews(Definitions definitions, WorkingCalendar calendar) {
        this.definitions = definitions;
        this.calendar = calendar;
    }

    public CaseView of(CaseRow row) {
        var version = definitions.published(row.processVersion());
        var process = version.definition();
        var stages = new ArrayList<CaseView.StageView>();
        var current =
                process.stages().stream().map(StageDefinition::key).toList().indexOf(row.stage());
        var active = row.status().isActive();
        LocalDate projected = row.stageDueOn();
        for (int i = 0; i < process.stages().size(); i++) {
            var stage = process.stages().get(i);
            String state;
            LocalDate target = null;
            if (i < current) {
                state = "done";
            } else if (i == current) {
                state = active ? "current" : "done";
                target = row.stageDueOn();
            } else if (active) {
                state = "upcoming";
                projected = projected == null ? null : calendar.addWorkingDays(projected, stage.targetWorkingDays());
                target = projected;
            } else {
                state = "not-reached";
            }
            stages.add(new CaseView.StageView(stage.key(), stage.name(), stage.description(), state, target));
        }
        LocalDate estimated;
        if (!active) estimated = CouncilTime.dayOf(row.closedAt());
        else if (projected != null) estimated = projected;
        else estimated = row.dueOn();
        var stepName = process.step(row.step())
                .map(s -> s.name() == null ? s.key() : s.name())
                .orElse(row.step());
        return new CaseView(
                row.id(),
                row.reference(),
                row.process(),
                version.version(),
                process.name(),
                row.status(),
                row.step(),
                stepName,
                row.data(),
                row.citizen(),
                row.postcode(),
                stages,
                row.createdAt(),
                row.createdBy(),
                row.dueOn(),
                estimated,
                row.closedAt(),
                row.outcome(),
                row.version(),
                row.slaPausedSince());
    }
}
