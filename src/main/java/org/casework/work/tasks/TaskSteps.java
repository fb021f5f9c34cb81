package org.casework.work.tasks;

import org.casework.definition.Definitions;
import org.casework.definition.Step;
import org.casework.engine.Cases;
import org.casework.work.TaskView;
import org.springframework.stereotype.Component;

/** The step of its case's process version a task is for: what kind of work it is, and what it asks. */
@Component
class TaskSteps {

    private final Cases cases;
    private final Definitions definitions;

    TaskSteps(Cases cases, Definitions definitions) {
        this.cases = cases;
        this.definitions = definitions;
    }

    /**
     * The step of a task whose case the caller's transaction has locked (as completing a task does): from the lock and
     * the cache of published versions, without reading the case again.
     */
    Step ofLocked(TaskView task) {
        return definitions
                .published(cases.lockedVersion(task.caseId()))
                .definition()
                .step(task.step())
                .orElseThrow();
    }

    Step of(TaskView task) {
        var view = cases.get(task.caseId());
        return definitions
                .version(view.process(), view.processVersion())
                .orElseThrow()
                .definition()
                .step(task.step())
                .orElseThrow();
    }
}
