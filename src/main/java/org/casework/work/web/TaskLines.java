package org.casework.work.web;

import java.time.Clock;
import java.util.List;
import org.casework.engine.Cases;
import org.casework.engine.WorkingCalendar;
import org.casework.platform.CouncilTime;
import org.casework.work.SlaStatus;
import org.casework.work.TaskView;
import org.springframework.stereotype.Component;

/** Tasks as the work lists show them: with the case's citizen and an SLA status tag, in one query for the page. */
@Component
class TaskLines {

    record TaskLine(TaskView task, String citizen, SlaStatus sla) {}

    private final Cases cases;
    private final WorkingCalendar calendar;
    private final Clock clock;

    TaskLines(Cases cases, WorkingCalendar calendar, Clock clock) {
        this.cases = cases;
        this.calendar = calendar;
        this.clock = clock;
    }

    List<TaskLine> of(List<TaskView> tasks) {
        var views = cases.getAll(tasks.stream().map(TaskView::caseId).toList());
        var today = CouncilTime.dayOf(clock.instant());
        return tasks.stream()
                .map(task -> {
                    var view = views.get(task.caseId());
                    var citizen = view == null || view.citizen() == null
                            ? null
                            : view.citizen().name();
                    return new TaskLine(task, citizen, SlaStatus.of(task.dueOn(), today, calendar));
                })
                .toList();
    }

    SlaStatus sla(java.time.LocalDate dueOn) {
        return SlaStatus.of(dueOn, CouncilTime.dayOf(clock.instant()), calendar);
    }
}
