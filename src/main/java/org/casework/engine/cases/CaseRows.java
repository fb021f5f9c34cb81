package org.casework.engine.cases;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.casework.definition.ProcessVersionId;
import org.casework.engine.CaseId;
import org.casework.engine.CaseStatus;
import org.casework.engine.Citizen;
import org.casework.platform.DatabaseDialect;
import org.casework.platform.SqlTimes;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The {@code cases} table. Every write bumps {@code row_version} so readers can detect concurrent edits. */
@Repository
public class CaseRows {

    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {};
    private static final String COLUMNS = """
            id, reference, process_key, process_version_id, status, data, current_stage, stage_due_on,
            current_step, step_token, outcome, created_at, created_by, due_on, closed_at, row_version,
            citizen_name, citizen_email, citizen_phone, citizen_surname, postcode, sla_paused_since, sla_warning_on,
            sla_breach_on
            """;

    private final JdbcClient jdbc;
    private final DatabaseDialect dialect;
    private final JsonMapper json;

    CaseRows(JdbcClient jdbc, DatabaseDialect dialect, JsonMapper json) {
        this.jdbc = jdbc;
        this.dialect = dialect;
        this.json = json;
    }

    /** Must match the sequence's {@code increment by}: one {@code nextval} reserves this many references. */
    private static final int REFERENCES_PER_BLOCK = 50;

    private long nextNumber;
    private long blockEnd;

    /**
     * The next human reference. Numbers are reserved from the database sequence a block at a time, so they are
     * unique across nodes and never reused, though not strictly in the order cases start, and a restart leaves a
     * gap of at most one block.
     */
    public String nextReference(String prefix, int year) {
        return "%s-%d-%06d".formatted(prefix, year, nextNumber());
    }

    private synchronized long nextNumber() {
        if (nextNumber == blockEnd) {
            nextNumber = jdbc.sql("select nextval('case_reference_seq')")
                    .query(Long.class)
                    .single();
            blockEnd = nextNumber + REFERENCES_PER_BLOCK;
        }
        return nextNumber++;
    }

    public void insert(CaseRow row) {
        jdbc.sql("insert into cases (" + COLUMNS
                        + ") values (:id, :reference, :process, :version, :status, :data,"
                        + " :stage, :stageDueOn, :step, :token, :outcome, :createdAt, :createdBy, :dueOn, :closedAt,"
                        + " :rowVersion, :citizenName, :citizenEmail, :citizenPhone, :citizenSurname, :postcode, :slaPausedSince,"
                        + " :slaWarningOn, :slaBreachOn)")
                .param("id", row.id().value())
                .param("reference", row.reference())
                .param("process", row.process())
                .param("version", row.processVersion().value())
                .param("createdAt", SqlTimes.of(row.createdAt()))
                .param("createdBy", row.createdBy())
                .params(position(row))
                .param("citizenName", row.citizen().name())
                .param("citizenEmail", row.citizen().email())
                .param("citizenPhone", row.citizen().phone())
                .param("citizenSurname", row.citizen().surnameKey())
                .param("postcode", row.postcode())
                .update();
        // No one else can see a row this transaction inserted until it commits: it is as good as locked, so the
        // start's own events (a task created, its task-assigned actions) take the case without reading it again.
        hold(row);
    }

    /** The parts of a case that change as it moves, as both insert and update write them. */
    private Map<String, Object> position(CaseRow row) {
        var values = new java.util.HashMap<String, Object>();
        values.put("status", row.status().value());
        values.put("data", dialect.json(json.writeValueAsString(row.data())));
        values.put("stage", row.stage());
        values.put("stageDueOn", row.stageDueOn());
        values.put("step", row.step());
        values.put("token", row.token());
        values.put("outcome", row.outcome());
        values.put("closedAt", SqlTimes.of(row.closedAt()));
        values.put("rowVersion", row.version());
        values.put("dueOn", row.dueOn());
        values.put("slaPausedSince", row.slaPausedSince());
        var alerts = row.slaAlerts() == null ? SlaAlerts.NONE : row.slaAlerts();
        values.put("slaWarningOn", alerts.warningOn());
        values.put("slaBreachOn", alerts.breachOn());
        return values;
    }

    /** Reads the case and locks its row until the transaction ends, so commands on one case run one at a time. */
    public Optional<CaseRow> lock(CaseId id) {
        var held = (CaseRow) TransactionSynchronizationManager.getResource(new Locked(id));
        if (held != null) return Optional.of(held);
        var locked = jdbc.sql("select " + COLUMNS + " from cases where id = :id " + dialect.lockForChange())
                .param("id", id.value())
                .query(this::row)
                .optional();
        locked.ifPresent(this::hold);
        return locked;
    }

    /**
     * The key under which a transaction keeps a case it has locked. The lock lasts until the transaction ends and
     * every change goes through {@link #update}, so the row held is the row in the database: locking it again in the
     * same transaction (a task completion locks the case, then the engine moves it) needs no second read.
     */
    private record Locked(CaseId id) {}

    private void hold(CaseRow row) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) return;
        var key = new Locked(row.id());
        if (TransactionSynchronizationManager.hasResource(key)) {
            TransactionSynchronizationManager.unbindResource(key);
        } else {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(key);
                }
            });
        }
        TransactionSynchronizationManager.bindResource(key, row);
    }

    /**
     * The case as this transaction last wrote it, if it holds the case's lock; otherwise {@code row}. A command's
     * events may change the case again (an action sets fields), so what the command returns is read from here.
     */
    CaseRow current(CaseRow row) {
        var held = (CaseRow) TransactionSynchronizationManager.getResource(new Locked(row.id()));
        return held == null ? row : held;
    }

    /**
     * Active cases whose SLA {@code warning} (or else breach) announcement is due by {@code today} and whose clock is
     * running, in (day, id) order after the given one: a keyset page, read from the partial index on those columns.
     */
    List<DueAlert> dueAlerts(boolean warning, LocalDate today, DueAlert after, int limit) {
        var column = warning ? "sla_warning_on" : "sla_breach_on";
        var sql = "select id, " + column + " as due from cases where status in ('open', 'waiting')"
                + " and sla_paused_since is null and " + column + " is not null and " + column + " <= :today"
                + (after == null
                        ? ""
                        : " and (" + column + " > :afterDay or (" + column + " = :afterDay and id > :afterId))")
                + " order by " + column + ", id limit :limit";
        var query = jdbc.sql(sql).param("today", Date.valueOf(today)).param("limit", limit);
        if (after != null)
            query = query.param("afterDay", Date.valueOf(after.day()))
                    .param("afterId", after.id().value());
        return query.query((rs, n) -> new DueAlert(
                        new CaseId(rs.getObject("id", UUID.class)),
                        rs.getDate("due").toLocalDate()))
                .list();
    }

    /** A case with an SLA announcement due on {@code day}. */
    record DueAlert(CaseId id, LocalDate day) {}

    public Optional<CaseRow> find(CaseId id) {
        return jdbc.sql("select " + COLUMNS + " from cases where id = :id")
                .param("id", id.value())
                .query(this::row)
                .optional();
    }

    /** The cases with these ids that exist, in no particular order: one query for a page of tasks' cases. */
    public List<CaseRow> findAll(java.util.Collection<CaseId> ids) {
        if (ids.isEmpty()) return List.of();
        return jdbc.sql("select " + COLUMNS + " from cases where id in (:ids)")
                .param("ids", ids.stream().map(CaseId::value).distinct().toList())
                .query(this::row)
                .list();
    }

    /** Lets the team see the case from now on; nothing changes if it already can. */
    public void shareWith(CaseId id, String team) {
        jdbc.sql("insert into case_access (case_id, team_key) values (:id, :team) on conflict do nothing")
                .param("id", id.value())
                .param("team", team)
                .update();
    }

    /** Whether any of the teams may see the case. */
    public boolean sharedWithAny(CaseId id, java.util.Collection<String> teams) {
        if (teams.isEmpty()) return false;
        return jdbc.sql("select count(*) from case_access where case_id = :id and team_key in (:teams)")
                        .param("id", id.value())
                        .param("teams", List.copyOf(teams))
                        .query(Long.class)
                        .single()
                > 0;
    }

    public Optional<CaseRow> findByReference(String reference) {
        return jdbc.sql("select " + COLUMNS + " from cases where reference = :reference")
                .param("reference", reference)
                .query(this::row)
                .optional();
    }

    /** Writes the case's new position; the caller holds the row lock, so the version check is a safety net. */
    public void update(CaseRow row) {
        int updated = jdbc.sql("""
                        update cases set status = :status, data = :data, current_stage = :stage,
                            stage_due_on = :stageDueOn, current_step = :step, step_token = :token,
                            outcome = :outcome, closed_at = :closedAt, due_on = :dueOn,
                            sla_paused_since = :slaPausedSince, sla_warning_on = :slaWarningOn,
                            sla_breach_on = :slaBreachOn, row_version = row_version + 1
                        where id = :id and row_version = :rowVersion
                        """)
                .param("id", row.id().value())
                .params(position(row))
                .update();
        if (updated != 1) throw new IllegalStateException("Case " + row.id() + " changed under its lock");
        if (TransactionSynchronizationManager.hasResource(new Locked(row.id())))
            hold(row.withVersion(row.version() + 1));
    }

    /**
     * Moves the case to the process version its row names, and to its position there; the caller holds the lock.
     * Only a migration changes a case's version.
     */
    public void moveToVersion(CaseRow row) {
        int updated = jdbc.sql("""
                        update cases set process_version_id = :processVersion, row_version = row_version + 1
                        where id = :id and row_version = :rowVersion
                        """)
                .param("id", row.id().value())
                .param("processVersion", row.processVersion().value())
                .param("rowVersion", row.version())
                .update();
        if (updated != 1) throw new IllegalStateException("Case " + row.id() + " changed under its lock");
        var bumped = row.withVersion(row.version() + 1);
        if (TransactionSynchronizationManager.hasResource(new Locked(row.id()))) hold(bumped);
        update(bumped);
    }

    /** The active cases of a process on any version but this one, oldest first: those a migration could move. */
    public List<CaseRow> activeNotOn(String process, ProcessVersionId version) {
        return jdbc.sql("select " + COLUMNS + " from cases where process_key = :process"
                        + " and status in ('open', 'waiting') and process_version_id <> :version"
                        + " order by created_at, id")
                .param("process", process)
                .param("version", version.value())
                .query(this::row)
                .list();
    }

    /**
     * Filters for listing cases; every filter is optional. Keyset-paged, newest first. {@code fieldValues} are the
     * stored forms of one typed answer to {@code fieldKey} (see {@link #searchable}); {@code among} narrows to these
     * cases; {@code viewer} narrows to what that person may see.
     */
    public record Filter(
            String status,
            String process,
            String stage,
            String postcode,
            String surnamePrefix,
            Instant createdFrom,
            Instant createdTo,
            String reference,
            LocalDate dueFrom,
            LocalDate dueTo,
            String fieldKey,
            Collection<String> fieldValues,
            Collection<UUID> among,
            Viewer viewer,
            String beforeSurname,
            Instant beforeCreatedAt,
            UUID beforeId,
            int limit) {}

    /** Someone who sees the cases they started, those shared with their teams and the listed ones, and no others. */
    public record Viewer(String username, Collection<String> teams, Collection<UUID> cases, Collection<String> roles) {
        public Viewer(String username, Collection<String> teams, Collection<UUID> cases) {
            this(username, teams, cases, List.of());
        }
    }

    /** The forms an answer typed into a search may be stored in, for {@link Filter#fieldValues}. */
    public static Collection<String> searchable(String typed) {
        return SearchableValues.candidates(typed);
    }

    /**
     * Cases matching the filter, newest first. The WHERE clause is assembled from fixed fragments, one per filter
     * given, so each combination gets a plan that can use its index (a catch-all "or :x is null" cannot); every
     * value is a bound parameter.
     */
    public List<CaseRow> list(Filter filter) {
        var where = new StringBuilder(" where true");
        var params = new java.util.LinkedHashMap<String, Object>();
        if (filter.status() != null) condition(where, params, " and status = :status", "status", filter.status());
        if (filter.process() != null)
            condition(where, params, " and process_key = :process", "process", filter.process());
        if (filter.stage() != null) condition(where, params, " and current_stage = :stage", "stage", filter.stage());
        if (filter.postcode() != null)
            condition(where, params, " and postcode = :postcode", "postcode", filter.postcode());
        if (filter.surnamePrefix() != null) {
            condition(
                    where, params, " and citizen_surname like :surname", "surname", likePrefix(filter.surnamePrefix()));
        }
        if (filter.createdFrom() != null) {
            condition(where, params, " and created_at >= :createdFrom", "createdFrom", timestamp(filter.createdFrom()));
        }
        if (filter.createdTo() != null) {
            condition(where, params, " and created_at < :createdTo", "createdTo", timestamp(filter.createdTo()));
        }
        if (filter.reference() != null)
            condition(where, params, " and reference = :reference", "reference", filter.reference());
        if (filter.dueFrom() != null)
            condition(where, params, " and due_on >= :dueFrom", "dueFrom", Date.valueOf(filter.dueFrom()));
        if (filter.dueTo() != null)
            condition(where, params, " and due_on <= :dueTo", "dueTo", Date.valueOf(filter.dueTo()));
        if (filter.fieldKey() != null) {
            where.append(" and exists (select 1 from case_fields f where f.case_id = cases.id"
                    + " and f.field_key = :fieldKey and f.value_text in (:fieldValues))");
            params.put("fieldKey", filter.fieldKey());
            params.put("fieldValues", List.copyOf(filter.fieldValues()));
        }
        if (filter.among() != null) {
            if (filter.among().isEmpty()) return List.of();
            condition(where, params, " and id in (:among)", "among", List.copyOf(filter.among()));
        }
        if (filter.viewer() != null) visibleTo(filter.viewer(), where, params);
        // A surname search lists by surname, then newest first, the order its index holds; every other list is
        // newest first. The keyset condition follows the order.
        var bySurname = filter.surnamePrefix() != null;
        if (filter.beforeCreatedAt() != null) {
            var after = " (created_at < :beforeAt or (created_at = :beforeAt and id < :beforeId))";
            where.append(
                    bySurname
                            ? " and (citizen_surname > :beforeSurname or (citizen_surname = :beforeSurname and" + after
                                    + "))"
                            : " and" + after);
            params.put("beforeAt", timestamp(filter.beforeCreatedAt()));
            params.put("beforeId", filter.beforeId());
            if (bySurname) params.put("beforeSurname", filter.beforeSurname());
        }
        params.put("limit", filter.limit());
        var order = bySurname
                ? " order by citizen_surname, created_at desc, id desc"
                : " order by created_at desc, id desc";
        return jdbc.sql("select " + COLUMNS + " from cases" + where + order + " limit :limit")
                .params(params)
                .query(this::row)
                .list();
    }

    /**
     * The visibility rule in the query itself, so every page holds only cases the person may see and a page is never
     * short because rows were dropped after reading. Each alternative is on an index: the case's own row, the
     * primary key of {@code case_access}, the primary key of {@code cases}.
     */
    private static void visibleTo(Viewer viewer, StringBuilder where, Map<String, Object> params) {
        // A case a change-access step restricted is seen by the teams and roles it names, and by no one else.
        where.append(" and ((not exists (select 1 from case_restrictions r where r.case_id = cases.id)"
                + " and (created_by = :viewer");
        params.put("viewer", viewer.username());
        if (!viewer.teams().isEmpty()) {
            where.append(" or exists (select 1 from case_access a where a.case_id = cases.id"
                    + " and a.team_key in (:viewerTeams))");
            params.put("viewerTeams", List.copyOf(viewer.teams()));
        }
        if (!viewer.cases().isEmpty()) {
            where.append(" or id in (:viewerCases)");
            params.put("viewerCases", List.copyOf(viewer.cases()));
        }
        where.append(")");
        var grants = new java.util.ArrayList<String>();
        if (!viewer.teams().isEmpty()) grants.add("(g.grant_kind = 'team' and g.grant_key in (:viewerTeams))");
        if (!viewer.roles().isEmpty()) {
            grants.add("(g.grant_kind = 'role' and g.grant_key in (:viewerRoles))");
            params.put("viewerRoles", List.copyOf(viewer.roles()));
        }
        if (!grants.isEmpty()) {
            where.append(") or exists (select 1 from case_restrictions g where g.case_id = cases.id and ("
                    + String.join(" or ", grants) + ")");
        }
        where.append("))");
    }

    private static void condition(
            StringBuilder where, Map<String, Object> params, String fragment, String name, Object value) {
        where.append(fragment);
        params.put(name, value);
    }

    /** A LIKE pattern matching what starts with the given text, taken literally. */
    private static String likePrefix(String text) {
        var escaped = text.toLowerCase(java.util.Locale.ROOT)
                .replace("\\", "\\\\")
                .replace("%", "\\%")
                .replace("_", "\\_");
        return escaped + "%";
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private CaseRow row(ResultSet rs, int n) throws SQLException {
        return new CaseRow(
                new CaseId(rs.getObject("id", UUID.class)),
                rs.getString("reference"),
                rs.getString("process_key"),
                new ProcessVersionId(rs.getObject("process_version_id", UUID.class)),
                CaseStatus.fromValue(rs.getString("status")),
                json.readValue(rs.getString("data"), MAP),
                rs.getString("current_stage"),
                SqlTimes.day(rs, "stage_due_on"),
                rs.getString("current_step"),
                rs.getInt("step_token"),
                rs.getString("outcome"),
                SqlTimes.instant(rs, "created_at"),
                rs.getString("created_by"),
                SqlTimes.day(rs, "due_on"),
                SqlTimes.instant(rs, "closed_at"),
                rs.getLong("row_version"),
                new Citizen(rs.getString("citizen_name"), rs.getString("citizen_email"), rs.getString("citizen_phone")),
                rs.getString("postcode"),
                SqlTimes.day(rs, "sla_paused_since"),
                new SlaAlerts(SqlTimes.day(rs, "sla_warning_on"), SqlTimes.day(rs, "sla_breach_on")));
    }
}
