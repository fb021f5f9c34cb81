package org.casework.work.tasks;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.casework.definition.ProcessVersionId;
import org.casework.engine.CaseId;
import org.casework.platform.SqlTimes;
import org.casework.work.TaskId;
import org.casework.work.TaskState;
import org.casework.work.TaskView;
import org.casework.work.TeamWorkFilter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code tasks} table. Queue reads are keyset-paged on (due date, created, id) to match the partial indexes. */
@Repository
public class TaskRows {

    private static final String COLUMNS = """
            id, case_id, case_reference, process_key, step_key, step_name, step_token, team_key, assignee, state,
            due_on, created_at, completed_at, completed_by, row_version, remind_after_days, untouched_on,
            process_version_id
            """;

    /**
     * A task with the step visit it belongs to, which completing it must hand back to the engine; {@code
     * remindAfterDays} is its process's {@code sla.remindAfterWorkingDays} and {@code untouchedOn} the day its {@code
     * task-untouched} actions are due if nobody touches it (both null when the process sets no reminder). {@code
     * processVersion} is the published version its case runs (null for a task written before tasks kept it).
     */
    public record TaskRow(
            TaskView view,
            int token,
            long version,
            Integer remindAfterDays,
            LocalDate untouchedOn,
            ProcessVersionId processVersion) {}

    /** Where a queue page starts: just after this task in (due, created, id) order. */
    public record Cursor(LocalDate dueOn, Instant createdAt, UUID id) {}

    private final JdbcClient jdbc;

    TaskRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(
            TaskView task,
            ProcessVersionId processVersion,
            int token,
            Instant claimedAt,
            Integer remindAfterDays,
            LocalDate untouchedOn) {
        jdbc.sql("insert into tasks (" + COLUMNS + ", claimed_at) values (:id, :caseId, :reference,"
                        + " :process, :step, :stepName, :token, :team, :assignee, :state, :dueOn, :createdAt, null,"
                        + " null, 0, :remindAfterDays, :untouchedOn, :processVersion, :claimedAt)")
                .param("processVersion", processVersion.value())
                .param("remindAfterDays", remindAfterDays)
                .param("untouchedOn", untouchedOn)
                .param("id", task.id().value())
                .param("caseId", task.caseId().value())
                .param("reference", task.caseReference())
                .param("process", task.process())
                .param("step", task.step())
                .param("stepName", task.stepName())
                .param("token", token)
                .param("team", task.team())
                .param("assignee", task.assignee())
                .param("state", task.state().value())
                .param("dueOn", task.dueOn())
                .param("createdAt", SqlTimes.of(task.createdAt()))
                .param("claimedAt", SqlTimes.of(claimedAt))
                .update();
    }

    Optional<TaskRow> lock(TaskId id) {
        return jdbc.sql("select " + COLUMNS + " from tasks where id = :id for update")
                .param("id", id.value())
                .query(TaskRows::row)
                .optional();
    }

    /** The task and its step visit, read without a lock. */
    Optional<TaskRow> findRow(TaskId id) {
        return jdbc.sql("select " + COLUMNS + " from tasks where id = :id")
                .param("id", id.value())
                .query(TaskRows::row)
                .optional();
    }

    public Optional<TaskView> find(TaskId id) {
        return jdbc.sql("select " + COLUMNS + " from tasks where id = :id")
                .param("id", id.value())
                .query(TaskRows::row)
                .optional()
                .map(TaskRow::view);
    }

    /**
     * Moves a task between states only if it is still in the state the caller saw; false if someone got there first.
     * Moving touches it: its {@code task-untouched} actions are next due on {@code untouchedOn}.
     */
    boolean move(
            TaskId id, TaskState from, TaskState to, String team, String assignee, Instant at, LocalDate untouchedOn) {
        return moving("state = :from", id, to, team, assignee, at, untouchedOn)
                        .param("from", from.value())
                        .update()
                == 1;
    }

    /**
     * Moves the task to another state, team or officer if it is still the version the caller read; false if it has
     * changed since. Matching on the primary key and version keeps the plan a primary-key lookup.
     */
    boolean moveIfUnchanged(
            TaskRow seen, TaskState to, String team, String assignee, Instant at, LocalDate untouchedOn) {
        return moving("row_version = :version", seen.view().id(), to, team, assignee, at, untouchedOn)
                        .param("version", seen.version())
                        .update()
                == 1;
    }

    private JdbcClient.StatementSpec moving(
            String onlyIf, TaskId id, TaskState to, String team, String assignee, Instant at, LocalDate untouchedOn) {
        return jdbc.sql("""
                        update tasks set state = :to, team_key = :team, assignee = :assignee,
                            claimed_at = case when :to = 'claimed' then :at else claimed_at end,
                            untouched_on = :untouchedOn, row_version = row_version + 1
                        where id = :id and\s""" + onlyIf)
                .param("untouchedOn", untouchedOn)
                .param("id", id.value())
                .param("to", to.value())
                .param("team", team)
                .param("assignee", assignee)
                .param("at", SqlTimes.of(at));
    }

    /**
     * Completes the task if it is still the version the caller read (optimistic locking). Matching on the primary key
     * and version alone keeps the plan a primary-key lookup; the caller has checked state and assignee on that
     * version.
     */
    boolean complete(TaskId id, long version, String by, Instant at) {
        return jdbc.sql("""
                                update tasks set state = 'completed', assignee = :by, completed_by = :by,
                                    completed_at = :at, row_version = row_version + 1
                                where id = :id and row_version = :version
                                """)
                        .param("id", id.value())
                        .param("version", version)
                        .param("by", by)
                        .param("at", SqlTimes.of(at))
                        .update()
                == 1;
    }

    /** A task whose {@code task-untouched} actions are due on {@code day}. */
    record DueReminder(TaskId id, CaseId caseId, LocalDate day) {}

    /**
     * Open and claimed tasks whose {@code task-untouched} actions are due by {@code today}, in (day, id) order after
     * the given one: a keyset page, read from the partial index on the column.
     */
    List<DueReminder> untouchedBy(LocalDate today, DueReminder after, int limit) {
        var sql = "select id, case_id, untouched_on from tasks where state in ('open', 'claimed')"
                + " and untouched_on is not null and untouched_on <= :today"
                + (after == null
                        ? ""
                        : " and (untouched_on > :afterDay or (untouched_on = :afterDay and id > :afterId))")
                + " order by untouched_on, id limit :limit";
        var query = jdbc.sql(sql).param("today", Date.valueOf(today)).param("limit", limit);
        if (after != null)
            query = query.param("afterDay", Date.valueOf(after.day()))
                    .param("afterId", after.id().value());
        return query.query((rs, n) -> new DueReminder(
                        new TaskId(rs.getObject("id", UUID.class)),
                        new CaseId(rs.getObject("case_id", UUID.class)),
                        rs.getDate("untouched_on").toLocalDate()))
                .list();
    }

    /** The task's untouched spell has been announced: nothing more until somebody touches it. */
    void untouchedAnnounced(TaskId id) {
        jdbc.sql("update tasks set untouched_on = null, row_version = row_version + 1 where id = :id")
                .param("id", id.value())
                .update();
    }

    /** The case's open and claimed tasks, locked, oldest first: the work an action hands on. */
    List<TaskRow> lockOpenTasksOf(CaseId caseId) {
        return jdbc.sql("select " + COLUMNS + " from tasks where case_id = :caseId and state in ('open', 'claimed')"
                        + " order by created_at, id for update")
                .param("caseId", caseId.value())
                .query(TaskRows::row)
                .list();
    }

    /** How many tasks of this visit of the case's step are still open or claimed: an approval's undecided ones. */
    int stillOpenAt(CaseId caseId, int token) {
        return jdbc.sql("select count(*) from tasks where case_id = :caseId and step_token = :token"
                        + " and state in ('open', 'claimed')")
                .param("caseId", caseId.value())
                .param("token", token)
                .query(Integer.class)
                .single();
    }

    int cancelOpenTasksOf(CaseId caseId) {
        return jdbc.sql("update tasks set state = 'cancelled', row_version = row_version + 1"
                        + " where case_id = :caseId and state in ('open', 'claimed')")
                .param("caseId", caseId.value())
                .update();
    }

    /** Cancels the open or claimed tasks of one visit to a step, which the case has left without them. */
    int cancelOpenTasksAt(CaseId caseId, String step, int token) {
        return jdbc.sql("update tasks set state = 'cancelled', row_version = row_version + 1 where case_id = :caseId"
                        + " and step_key = :step and step_token = :token and state in ('open', 'claimed')")
                .param("caseId", caseId.value())
                .param("step", step)
                .param("token", token)
                .update();
    }

    /** A queue page: the rows that match, after the cursor, in (due, created, id) order, as the indexes hold them. */
    private static final String PAGE = " and (cast(:dueOn as date) is null"
            + " or (due_on, created_at, id) > (:dueOn, :createdAt, cast(:afterId as uuid)))"
            + " order by due_on, created_at, id limit :limit";

    private static final String TEAM_QUEUE =
            "select " + COLUMNS + " from tasks where team_key = :who and state = 'open'" + PAGE;

    private static final String TEAM_QUEUE_SEEN_BY = "select " + COLUMNS
            + " from tasks where team_key = :who and state = 'open'" + RestrictedWork.SEEN_BY + PAGE;

    private static final String CLAIMED_BY =
            "select " + COLUMNS + " from tasks where assignee = :who and state = 'claimed'" + PAGE;

    public List<TaskView> teamQueue(String team, Cursor after, int limit) {
        return page(TEAM_QUEUE, team, after, limit);
    }

    /**
     * The team's queue as {@code viewer} may see it: without the tasks of cases a change-access step has closed to
     * them. Null for an administrator, who sees every case.
     */
    public List<TaskView> teamQueue(String team, Cursor after, int limit, RestrictedWork.Viewer viewer) {
        if (viewer == null) return teamQueue(team, after, limit);
        return jdbc
                .sql(TEAM_QUEUE_SEEN_BY)
                .param("who", team)
                .param("dueOn", after == null ? null : Date.valueOf(after.dueOn()))
                .param("createdAt", after == null ? null : Timestamp.from(after.createdAt()))
                .param("afterId", after == null ? null : after.id())
                .param("limit", limit)
                .params(viewer.params())
                .query(TaskRows::row)
                .list()
                .stream()
                .map(TaskRow::view)
                .toList();
    }

    public List<TaskView> claimedBy(String assignee, Cursor after, int limit) {
        return page(CLAIMED_BY, assignee, after, limit);
    }

    private List<TaskView> page(String sql, String who, Cursor after, int limit) {
        return jdbc
                .sql(sql)
                .param("who", who)
                .param("dueOn", after == null ? null : Date.valueOf(after.dueOn()))
                .param("createdAt", after == null ? null : Timestamp.from(after.createdAt()))
                .param("afterId", after == null ? null : after.id())
                .param("limit", limit)
                .query(TaskRows::row)
                .list()
                .stream()
                .map(TaskRow::view)
                .toList();
    }

    private static final String OVERDUE = "select " + COLUMNS + " from tasks where state in ('open', 'claimed')"
            + " and due_on < :today order by due_on, id limit :limit";

    private static final String OVERDUE_IN_TEAMS = "select " + COLUMNS + " from tasks"
            + " where state in ('open', 'claimed') and due_on < :today and team_key in (:teams)"
            + " order by due_on, id limit :limit";

    /** Open work past its due date, most overdue first: the SLA-breach scan, for every team or the given ones. */
    public List<TaskView> overdue(java.util.Collection<String> teams, LocalDate today, int limit) {
        var sql = teams == null ? jdbc.sql(OVERDUE) : jdbc.sql(OVERDUE_IN_TEAMS).param("teams", teams);
        return sql.param("today", Date.valueOf(today)).param("limit", limit).query(TaskRows::row).list().stream()
                .map(TaskRow::view)
                .toList();
    }

    public List<TaskView> ofCase(CaseId caseId) {
        return jdbc
                .sql("select " + COLUMNS + " from tasks where case_id = :caseId order by created_at, id")
                .param("caseId", caseId.value())
                .query(TaskRows::row)
                .list()
                .stream()
                .map(TaskRow::view)
                .toList();
    }

    /**
     * The cases on which the officer holds a claimed task, at most {@code limit} of them: what "assigned to" means to
     * a search. Read from the same partial index as their task list.
     */
    public java.util.Set<CaseId> casesClaimedBy(String assignee, int limit) {
        return jdbc.sql("select distinct case_id from tasks where assignee = :who and state = 'claimed' limit :limit")
                .param("who", assignee)
                .param("limit", limit)
                .query((rs, n) -> new CaseId(rs.getObject("case_id", UUID.class)))
                .set();
    }

    /** Who completed the latest task at this step of the case, for the "same officer as" allocation rule. */
    Optional<String> lastCompletedBy(CaseId caseId, String step) {
        return jdbc.sql("select completed_by from tasks where case_id = :caseId and step_key = :step"
                        + " and state = 'completed' order by completed_at desc limit 1")
                .param("caseId", caseId.value())
                .param("step", step)
                .query(String.class)
                .optional();
    }

    private static TaskRow row(ResultSet rs, int n) throws SQLException {
        var view = new TaskView(
                new TaskId(rs.getObject("id", UUID.class)),
                new CaseId(rs.getObject("case_id", UUID.class)),
                rs.getString("case_reference"),
                rs.getString("process_key"),
                rs.getString("step_key"),
                rs.getString("step_name"),
                rs.getString("team_key"),
                rs.getString("assignee"),
                TaskState.fromValue(rs.getString("state")),
                SqlTimes.day(rs, "due_on"),
                SqlTimes.instant(rs, "created_at"),
                SqlTimes.instant(rs, "completed_at"),
                rs.getString("completed_by"));
        var remindAfterDays = rs.getObject("remind_after_days", Integer.class);
        var processVersion = rs.getObject("process_version_id", UUID.class);
        return new TaskRow(
                view,
                rs.getInt("step_token"),
                rs.getLong("row_version"),
                remindAfterDays,
                SqlTimes.day(rs, "untouched_on"),
                processVersion == null ? null : new ProcessVersionId(processVersion));
    }

    /**
     * Open and claimed work of the teams (every team's, and work with none, when {@code teams} is null) narrowed by
     * the filter, keyset-paged in (due, created, id) order. Only the filter's parts that are set become conditions,
     * each a bound parameter, so one team's page reads straight from the partial index on its open work.
     */
    public List<TaskView> teamWork(java.util.Collection<String> teams, TeamWorkFilter filter, Cursor after, int limit) {
        return teamWork(teams, filter, after, limit, null);
    }

    /** The same, without the tasks of cases a change-access step has closed to {@code viewer} (null: everything). */
    public List<TaskView> teamWork(
            java.util.Collection<String> teams,
            TeamWorkFilter filter,
            Cursor after,
            int limit,
            RestrictedWork.Viewer viewer) {
        var sql = new StringBuilder("select " + COLUMNS + " from tasks where state in ('open', 'claimed')");
        var params = new java.util.LinkedHashMap<String, Object>();
        if (teams != null) {
            sql.append(" and team_key in (:teams)");
            params.put("teams", teams);
        }
        if (filter.step() != null) {
            sql.append(" and step_key = :step");
            params.put("step", filter.step());
        }
        if (filter.assignee() != null) {
            sql.append(" and assignee = :assignee");
            params.put("assignee", filter.assignee());
        }
        if (filter.unclaimedOnly()) sql.append(" and assignee is null");
        if (viewer != null) {
            sql.append(RestrictedWork.SEEN_BY);
            params.putAll(viewer.params());
        }
        if (filter.dueBefore() != null) {
            sql.append(" and due_on < :dueBefore");
            params.put("dueBefore", Date.valueOf(filter.dueBefore()));
        }
        if (after != null) {
            sql.append(" and (due_on, created_at, id) > (:dueOn, :createdAt, cast(:afterId as uuid))");
            params.put("dueOn", Date.valueOf(after.dueOn()));
            params.put("createdAt", Timestamp.from(after.createdAt()));
            params.put("afterId", after.id());
        }
        sql.append(" order by due_on, created_at, id limit :limit");
        params.put("limit", limit);
        return jdbc.sql(sql.toString()).params(params).query(TaskRows::row).list().stream()
                .map(TaskRow::view)
                .toList();
    }
}
