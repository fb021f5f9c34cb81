package org.casework.casefile.reports;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.casework.casefile.FigureCriteria;
import org.casework.casefile.Figures;
import org.casework.identity.Staff;
import org.casework.platform.CouncilTime;
import org.casework.registry.LookupList;
import org.casework.registry.LookupLists;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The report figures, each one grouped query over the case file's tables: the database counts and sums, so a report
 * over years of records reads as many rows as there are types, never the records themselves.
 */
@Repository
public class FigureQueries {

    private final JdbcClient db;
    private final LookupLists lookups;
    private final Staff staff;

    FigureQueries(JdbcClient db, LookupLists lookups, Staff staff) {
        this.db = db;
        this.lookups = lookups;
        this.staff = staff;
    }

    public List<Figures.DemandCount> demands(FigureCriteria criteria) {
        var where = Where.recordedAt("recorded_at", criteria);
        var types = labels(LookupList.DEMAND_TYPES);
        var categories = labels(LookupList.DEMAND_CATEGORIES);
        return where
                .bind(db.sql("select demand_type, demand_category, count(*) as recorded,"
                        + " sum(case when resolved_at is null then 0 else 1 end) as resolved"
                        + " from case_demands" + where.sql() + " group by demand_type, demand_category"))
                .query((rs, n) -> new Figures.DemandCount(
                        rs.getString("demand_type"),
                        label(types, rs.getString("demand_type")),
                        rs.getString("demand_category"),
                        label(categories, rs.getString("demand_category")),
                        rs.getLong("recorded"),
                        rs.getLong("resolved")))
                .list()
                .stream()
                .sorted(Comparator.comparing(Figures.DemandCount::typeLabel)
                        .thenComparing(Figures.DemandCount::categoryLabel))
                .toList();
    }

    public List<Figures.TimeSpent> timeByTaskCategory(FigureCriteria criteria) {
        return timeBy("task_category", criteria, labels(LookupList.TASK_CATEGORIES));
    }

    public List<Figures.TimeSpent> timeByOfficer(FigureCriteria criteria) {
        var spent = timeBy("done_by", criteria, Map.of());
        var names =
                staff.displayNames(spent.stream().map(Figures.TimeSpent::key).toList());
        return spent.stream()
                .map(line -> new Figures.TimeSpent(
                        line.key(), names.getOrDefault(line.key(), line.key()), line.activities(), line.minutes()))
                .sorted(Comparator.comparing(Figures.TimeSpent::label))
                .toList();
    }

    private List<Figures.TimeSpent> timeBy(String column, FigureCriteria criteria, Map<String, String> labels) {
        var where = Where.day("done_on", criteria);
        return where
                .bind(db.sql("select " + column + " as grouped, count(*) as activities, sum(minutes) as minutes"
                        + " from case_activities" + where.sql() + " group by " + column))
                .query((rs, n) -> new Figures.TimeSpent(
                        rs.getString("grouped"),
                        label(labels, rs.getString("grouped")),
                        rs.getLong("activities"),
                        rs.getLong("minutes")))
                .list()
                .stream()
                .sorted(Comparator.comparing(Figures.TimeSpent::label))
                .toList();
    }

    public List<Figures.ConditionCount> systemConditions(FigureCriteria criteria) {
        var where = Where.recordedAt("recorded_at", criteria);
        var labels = labels(LookupList.SYSTEM_CONDITIONS);
        return where
                .bind(db.sql("select condition_code, count(*) as recorded from case_system_conditions" + where.sql()
                        + " group by condition_code"))
                .query((rs, n) -> new Figures.ConditionCount(
                        rs.getString("condition_code"),
                        label(labels, rs.getString("condition_code")),
                        rs.getLong("recorded")))
                .list()
                .stream()
                .sorted(Comparator.comparing(Figures.ConditionCount::recorded)
                        .reversed()
                        .thenComparing(Figures.ConditionCount::label))
                .toList();
    }

    /** Follow-ups due in the range, by type; {@code today} decides which open ones are overdue. */
    public List<Figures.IntentionCount> intentions(FigureCriteria criteria, LocalDate today) {
        var where = Where.day("due_on", criteria);
        var labels = labels(LookupList.INTENTION_TYPES);
        return where
                .bind(db.sql("select intention_type,"
                                + " sum(case when state = 'open' and due_on >= :today then 1 else 0 end) as still_open,"
                                + " sum(case when state = 'open' and due_on < :today then 1 else 0 end) as overdue,"
                                + " sum(case when state = 'done' then 1 else 0 end) as done,"
                                + " sum(case when state = 'cancelled' then 1 else 0 end) as cancelled"
                                + " from case_intentions" + where.sql() + " group by intention_type")
                        .param("today", today))
                .query((rs, n) -> new Figures.IntentionCount(
                        rs.getString("intention_type"),
                        label(labels, rs.getString("intention_type")),
                        rs.getLong("still_open"),
                        rs.getLong("overdue"),
                        rs.getLong("done"),
                        rs.getLong("cancelled")))
                .list()
                .stream()
                .sorted(Comparator.comparing(Figures.IntentionCount::label))
                .toList();
    }

    /** Every label, retired ones too: old records count under the name they were recorded with. */
    private Map<String, String> labels(LookupList list) {
        var labels = new HashMap<String, String>();
        lookups.values(list).forEach(value -> labels.put(value.code(), value.label()));
        return labels;
    }

    private static String label(Map<String, String> labels, String code) {
        return labels.getOrDefault(code, code);
    }

    /** The filter for a department and range of days, written from fixed fragments so each plans on its index. */
    private record Where(String sql, Map<String, Object> params) {

        static Where day(String column, FigureCriteria criteria) {
            return of(criteria, column + " >= :from", criteria.from(), column + " <= :to", criteria.to());
        }

        /** A range of the council's days over a timestamp column: from the start of the first to the end of the last. */
        static Where recordedAt(String column, FigureCriteria criteria) {
            return of(
                    criteria,
                    column + " >= :from",
                    criteria.from() == null ? null : startOf(criteria.from()),
                    column + " < :to",
                    criteria.to() == null ? null : startOf(criteria.to().plusDays(1)));
        }

        private static Where of(FigureCriteria criteria, String fromSql, Object from, String toSql, Object to) {
            var conditions = new ArrayList<String>();
            var params = new LinkedHashMap<String, Object>();
            if (criteria.department() != null) {
                conditions.add("department = :department");
                params.put("department", criteria.department());
            }
            if (from != null) {
                conditions.add(fromSql);
                params.put("from", from);
            }
            if (to != null) {
                conditions.add(toSql);
                params.put("to", to);
            }
            return new Where(conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions), params);
        }

        private static Timestamp startOf(LocalDate day) {
            return Timestamp.from(day.atStartOfDay(CouncilTime.ZONE).toInstant());
        }

        JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement) {
            params.forEach(statement::param);
            return statement;
        }
    }
}
