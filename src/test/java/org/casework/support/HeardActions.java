package org.casework.support;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.casework.engine.CaseActionDue;
import org.casework.engine.CaseId;
import org.springframework.context.event.EventListener;

/**
 * Hears every action the engine announces (all but set-fields), as the notification outbox or the work module would:
 * a test imports it as a bean to see which actions ran, for which event, and under which occurrence.
 */
public final class HeardActions {

    private final List<CaseActionDue> heard = new CopyOnWriteArrayList<>();

    @EventListener
    void on(CaseActionDue due) {
        heard.add(due);
    }

    /** The actions announced for the case, in order. */
    public List<CaseActionDue> of(CaseId caseId) {
        return heard.stream().filter(d -> d.caseId().equals(caseId)).toList();
    }

    /** The occurrences announced for the case, in order, one per action run. */
    public List<String> occurrencesOf(CaseId caseId) {
        return of(caseId).stream().map(CaseActionDue::occurrence).toList();
    }
}
