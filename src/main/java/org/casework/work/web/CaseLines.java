package org.casework.work.web;

import java.util.List;
import java.util.Locale;
import org.casework.engine.CaseStatus;
import org.casework.engine.CaseView;
import org.casework.work.SlaStatus;
import org.springframework.stereotype.Component;

/** Cases as search results show them: the status in words and, while the case is active, its SLA status. */
@Component
class CaseLines {

    /** A case in a list. {@code sla} is null once the case has ended: it has nothing left to be late for. */
    record CaseLine(CaseView kase, String status, String stage, SlaStatus sla) {}

    private final TaskLines tasks;

    /** A status in words: "Open", "Abandoned". */
    static String label(CaseStatus status) {
        var value = status.value();
        return value.substring(0, 1).toUpperCase(Locale.UK) + value.substring(1);
    }

    CaseLines(TaskLines tasks) {
        this.tasks = tasks;
    }

    List<CaseLine> of(List<CaseView> cases) {
        return cases.stream().map(this::of).toList();
    }

    CaseLine of(CaseView view) {
        var stage = view.currentStage();
        return new CaseLine(
                view,
                label(view.status()),
                stage == null ? null : stage.name(),
                view.status().isActive() ? tasks.sla(view.dueOn()) : null);
    }
}
