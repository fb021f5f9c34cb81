package org.casework.bench;

import java.util.Map;
import org.casework.engine.CaseId;
import org.casework.engine.Cases;
import org.casework.engine.StartCase;
import org.casework.identity.Scope;
import org.casework.identity.Staff;
import org.casework.identity.StaffPrincipal;
import org.casework.work.TaskId;
import org.casework.work.TaskState;
import org.casework.work.WorkQueues;
import org.springframework.context.ApplicationContext;

/** Drives the engine through its own facades, as another module would. */
final class InProcessDriver implements Driver {

    private final Cases cases;
    private final WorkQueues work;
    private final StaffPrincipal officer;

    InProcessDriver(ApplicationContext app) {
        this.cases = app.getBean(Cases.class);
        this.work = app.getBean(WorkQueues.class);
        var principal = app.getBean(Staff.class).principal("bench").orElseThrow();
        this.officer = new StaffPrincipal(
                principal.username(),
                principal.displayName(),
                principal.teams(),
                principal.roles(),
                java.util.Set.of(Scope.values()));
    }

    @Override
    public String start(Map<String, Object> data) {
        return cases.start(new StartCase(IntakeBenchmark.PROCESS, data, "bench", null))
                .id()
                .toString();
    }

    @Override
    public String firstPageTaskOf(String team, String caseId) {
        for (var task : work.teamQueue(team, null, 20, officer).tasks()) {
            if (task.caseId().toString().equals(caseId)) return task.id().toString();
        }
        return null;
    }

    @Override
    public String openTaskOf(String caseId) {
        return work.tasksOf(CaseId.parse(caseId)).stream()
                .filter(t -> t.state() == TaskState.OPEN)
                .findFirst()
                .orElseThrow()
                .id()
                .toString();
    }

    @Override
    public void claim(String taskId) {
        work.claim(TaskId.parse(taskId), officer);
    }

    @Override
    public void complete(String taskId, Map<String, Object> data) {
        work.complete(TaskId.parse(taskId), data, officer);
    }
}
