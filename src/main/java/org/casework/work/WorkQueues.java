package org.casework.work;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.casework.engine.CaseId;
import org.casework.identity.Permission;
import org.casework.identity.StaffPrincipal;
import org.casework.work.tasks.ApprovalCommands;
import org.casework.work.tasks.ChecklistCommands;
import org.casework.work.tasks.RestrictedWork;
import org.casework.work.tasks.SendBackCommands;
import org.casework.work.tasks.TaskCommands;
import org.casework.work.tasks.TaskRows;
import org.springframework.stereotype.Service;

/** Team queues and "my tasks", and the things officers do to tasks. */
@Service
public class WorkQueues {

    public static final int MAX_PAGE = 100;

    /** More than anyone can work at once; a page says when an officer holds more. */
    public static final int MAX_CLAIMED = 1000;

    private static final int NEXT_CANDIDATES = 5;

    private final TaskRows tasks;
    private final TaskCommands commands;
    private final ApprovalCommands approvals;
    private final ChecklistCommands checklists;
    private final SendBackCommands sendBacks;

    WorkQueues(
            TaskRows tasks,
            TaskCommands commands,
            ApprovalCommands approvals,
            ChecklistCommands checklists,
            SendBackCommands sendBacks) {
        this.tasks = tasks;
        this.commands = commands;
        this.approvals = approvals;
        this.checklists = checklists;
        this.sendBacks = sendBacks;
    }

    /** The team's unclaimed tasks, oldest due first. Only the team's members, its lead and administrators may look. */
    public QueuePage teamQueue(String team, String after, int limit, StaffPrincipal viewer) {
        if (!viewer.isMemberOf(team) && !viewer.supervises(team)) {
            throw new NotAllowed(viewer.username() + " is not in team '" + team + "'");
        }
        return page(tasks.teamQueue(team, decode(after), bounded(limit) + 1, seenBy(viewer)), bounded(limit));
    }

    /** Whose eyes a queue is read for: null for an administrator, who sees every case's work. */
    private static RestrictedWork.Viewer seenBy(StaffPrincipal viewer) {
        if (viewer.can(Permission.ADMINISTER)) return null;
        return new RestrictedWork.Viewer(viewer.teams(), CaseAccess.roleNames(viewer));
    }

    /** The officer's claimed tasks, soonest due first. */
    public QueuePage myTasks(StaffPrincipal officer, String after, int limit) {
        return page(tasks.claimedBy(officer.username(), decode(after), bounded(limit) + 1), bounded(limit));
    }

    /**
     * Open tasks past their due date, most overdue first: the SLA-breach scan. {@code teams} narrows it to a
     * supervisor's teams; null means every team.
     */
    public List<TaskView> overdue(java.util.Collection<String> teams, LocalDate today, int limit) {
        return tasks.overdue(teams, today, bounded(limit));
    }

    /**
     * Claims the most urgent task in the team's queue for the officer, or returns empty when the queue is empty. Two
     * officers asking at once get different tasks: each candidate is claimed under its row lock, and one somebody
     * else took first is skipped.
     */
    public Optional<TaskView> claimNext(String team, StaffPrincipal officer) {
        if (!officer.isMemberOf(team)) throw new NotAllowed(officer.username() + " is not in team '" + team + "'");
        while (true) {
            var candidates = tasks.teamQueue(team, null, NEXT_CANDIDATES, seenBy(officer));
            if (candidates.isEmpty()) return Optional.empty();
            for (var candidate : candidates) {
                try {
                    return Optional.of(commands.claim(candidate.id(), officer));
                } catch (TaskConflict takenMeanwhile) {
                    // Someone claimed it between our read and our lock: try the next one.
                }
            }
        }
    }

    /**
     * Every task the officer has claimed, up to {@link #MAX_CLAIMED}, soonest due first: few enough to sort and filter
     * in any order the officer likes.
     */
    public List<TaskView> allMyTasks(StaffPrincipal officer) {
        return tasks.claimedBy(officer.username(), null, MAX_CLAIMED);
    }

    public List<TaskView> tasksOf(CaseId caseId) {
        return tasks.ofCase(caseId);
    }

    public TaskView task(TaskId id) {
        return tasks.find(id).orElseThrow(() -> new TaskNotFound(id));
    }

    public TaskView claim(TaskId id, StaffPrincipal officer) {
        return commands.claim(id, officer);
    }

    public TaskView release(TaskId id, StaffPrincipal officer) {
        return commands.release(id, officer);
    }

    public TaskView reassign(TaskId id, String toUser, String toTeam, StaffPrincipal supervisor) {
        return commands.reassign(id, toUser, toTeam, supervisor);
    }

    public TaskView complete(TaskId id, Map<String, Object> data, StaffPrincipal officer) {
        return commands.complete(id, data, officer);
    }

    /** Approves an approval task the officer holds, with an optional comment. */
    public TaskView approve(TaskId id, String comment, StaffPrincipal officer) {
        return approvals.decide(id, true, comment, officer);
    }

    /** Rejects an approval task the officer holds; the comment saying why is required. */
    public TaskView reject(TaskId id, String comment, StaffPrincipal officer) {
        return approvals.decide(id, false, comment, officer);
    }

    /** The items of a checklist task with what is ticked; empty for other tasks. */
    public List<ChecklistLine> checklist(TaskId id) {
        return checklists.lines(id);
    }

    /** Ticks (with optional evidence, a document on the case) or unticks one item of a checklist task. */
    public List<ChecklistLine> tick(
            TaskId id, String item, boolean ticked, org.casework.conversation.DocumentId evidence, StaffPrincipal me) {
        return checklists.tick(id, item, ticked, evidence, me);
    }

    /**
     * Sends the task back to the step people last worked on before it ({@code toPerson}: to the officer who did it),
     * with a reason; returns the task the work went back as.
     */
    public TaskView sendBack(TaskId id, boolean toPerson, String reason, StaffPrincipal officer) {
        return sendBacks.sendBack(
                id, toPerson ? SendBackCommands.To.PERSON : SendBackCommands.To.STEP, reason, officer);
    }

    private static int bounded(int limit) {
        return Math.max(1, Math.min(limit, MAX_PAGE));
    }

    private static QueuePage page(List<TaskView> fetched, int limit) {
        if (fetched.size() <= limit) return new QueuePage(fetched, null);
        var page = fetched.subList(0, limit);
        var last = page.getLast();
        var cursor = last.dueOn() + "|" + last.createdAt() + "|" + last.id();
        return new QueuePage(
                List.copyOf(page),
                Base64.getUrlEncoder().withoutPadding().encodeToString(cursor.getBytes(StandardCharsets.UTF_8)));
    }

    private static TaskRows.Cursor decode(String after) {
        if (after == null || after.isBlank()) return null;
        try {
            var parts = new String(Base64.getUrlDecoder().decode(after), StandardCharsets.UTF_8).split("\\|");
            return new TaskRows.Cursor(LocalDate.parse(parts[0]), Instant.parse(parts[1]), UUID.fromString(parts[2]));
        } catch (RuntimeException e) {
            throw new InvalidCursor();
        }
    }

    /**
     * Every open or claimed task of the teams, soonest due first, narrowed by the filter: the work a supervisor
     * oversees. Null teams means all work, including work given to officers by name, which only an administrator may
     * see; otherwise the supervisor must oversee every team asked for.
     */
    public QueuePage teamWork(
            java.util.Collection<String> teams,
            TeamWorkFilter filter,
            String after,
            int limit,
            StaffPrincipal supervisor) {
        if (teams == null && !supervisor.can(org.casework.identity.Permission.ADMINISTER)) {
            throw new NotAllowed("Only an administrator may oversee every team's work");
        }
        if (teams != null) {
            for (var team : teams) {
                if (!supervisor.supervises(team)) {
                    throw new NotAllowed(supervisor.username() + " does not lead team '" + team + "'");
                }
            }
            if (teams.isEmpty()) return new QueuePage(List.of(), null);
        }
        var fetched = tasks.teamWork(
                teams == null ? null : List.copyOf(teams),
                filter,
                decode(after),
                bounded(limit) + 1,
                seenBy(supervisor));
        return page(fetched, bounded(limit));
    }
}
