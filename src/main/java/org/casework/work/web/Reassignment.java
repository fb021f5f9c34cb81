package org.casework.work.web;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.casework.identity.StaffPrincipal;
import org.casework.work.InvalidReassignment;
import org.casework.work.NotAllowed;
import org.casework.work.TaskConflict;
import org.casework.work.TaskId;
import org.casework.work.TaskNotFound;
import org.casework.work.WorkQueues;
import org.springframework.stereotype.Component;

/**
 * Reassigns several tasks one by one, each in its own transaction: a task that moved on since the page was drawn
 * (completed, cancelled, no longer in a team the lead leads) is reported by name and the rest still go.
 */
@Component
class Reassignment {

    private final WorkQueues work;

    Reassignment(WorkQueues work) {
        this.work = work;
    }

    /** What happened: the tasks reassigned ("RP-2026-000001 Triage the report") and why each other one was not. */
    record Outcome(List<String> done, List<String> refused) {}

    /** Gives each task to the officer, or back to its team's queue when {@code toOfficer} is null. */
    Outcome reassign(List<UUID> ids, String toOfficer, StaffPrincipal supervisor) {
        var done = new ArrayList<String>();
        var refused = new ArrayList<String>();
        for (var id : ids.stream().distinct().toList()) {
            var taskId = new TaskId(id);
            String name;
            try {
                var task = work.task(taskId);
                name = task.caseReference() + " " + task.stepName();
            } catch (TaskNotFound gone) {
                refused.add("A task no longer exists");
                continue;
            }
            try {
                work.reassign(taskId, toOfficer, null, supervisor);
                done.add(name);
            } catch (TaskConflict moved) {
                refused.add(name + ": " + why(moved.getMessage()));
            } catch (NotAllowed notYours) {
                refused.add(name + ": it is not in a team you lead");
            } catch (InvalidReassignment invalid) {
                refused.add(name + ": "
                        + (invalid.field().equals("team")
                                ? "it was given to an officer by name and has no team queue to go back to"
                                : invalid.getMessage().substring(invalid.field().length() + 1)));
            }
        }
        return new Outcome(done, refused);
    }

    /** The task commands say "Cannot reassign task <id>: it was completed by …"; the id means nothing here. */
    private static String why(String message) {
        var colon = message.indexOf(": ");
        return colon < 0 ? message : message.substring(colon + 2);
    }
}
