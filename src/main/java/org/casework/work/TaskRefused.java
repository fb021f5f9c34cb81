package org.casework.work;

import java.util.List;
import org.casework.platform.Refusal;

/**
 * A task cannot be done as asked: a checklist with items still to tick or evidence missing, a rejection or a send back
 * without its reason, or a send back with nobody to send it to. Each problem names the part at fault.
 */
public class TaskRefused extends Refusal {

    private TaskRefused(Kind kind, String message, List<Problem> problems) {
        super(kind, message, problems);
    }

    /** Something the officer must give or do first. */
    public static TaskRefused invalid(String field, String reason) {
        return new TaskRefused(Kind.RULE_BROKEN, reason, List.of(new Problem(field, reason)));
    }

    /** A checklist that is not done, with one problem per item at fault. */
    public static TaskRefused checklistNotDone(List<Problem> problems) {
        return new TaskRefused(
                Kind.RULE_BROKEN,
                "The checklist is not done: "
                        + String.join(
                                "; ", problems.stream().map(Problem::reason).toList()),
                problems);
    }

    /** The case's state does not allow it (no earlier officer to return the work to, say). */
    public static TaskRefused conflict(String field, String reason) {
        return new TaskRefused(Kind.CONFLICT, reason, List.of(new Problem(field, reason)));
    }
}
