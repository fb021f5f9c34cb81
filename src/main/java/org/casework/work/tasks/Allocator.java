package org.casework.work.tasks;

import java.util.Map;
import org.casework.definition.Allocation;
import org.casework.definition.ConditionEvaluator;
import org.casework.engine.CaseId;
import org.casework.identity.Staff;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Decides who a new task goes to, by the step's allocation rule. */
@Component
class Allocator {

    /** A team queue (assignee null) or an officer (team kept so supervisors still see it). */
    record Allocated(String team, String assignee) {}

    private final ConditionEvaluator conditions;
    private final TaskRows tasks;
    private final Staff staff;
    private final JdbcClient jdbc;

    Allocator(ConditionEvaluator conditions, TaskRows tasks, Staff staff, JdbcClient jdbc) {
        this.conditions = conditions;
        this.tasks = tasks;
        this.staff = staff;
        this.jdbc = jdbc;
    }

    Allocated allocate(String step, Allocation rule, CaseId caseId, Map<String, Object> data) {
        return switch (rule) {
            case Allocation.ToTeam toTeam -> new Allocated(toTeam.team(), null);
            case Allocation.ByConditions byConditions ->
                new Allocated(teamByConditions(step, byConditions, data), null);
            case Allocation.ToUser toUser -> new Allocated(null, toUser.user());
            case Allocation.RoundRobin roundRobin ->
                new Allocated(roundRobin.roundRobin(), nextInTurn(roundRobin.roundRobin()));
            case Allocation.SameUserAs same ->
                tasks.lastCompletedBy(caseId, same.sameUserAs())
                        .map(user -> new Allocated(same.fallbackTeam(), user))
                        .orElseGet(() -> new Allocated(same.fallbackTeam(), null));
        };
    }

    private String teamByConditions(String step, Allocation.ByConditions rule, Map<String, Object> data) {
        var rules = rule.rules();
        for (int i = 0; i < rules.size(); i++) {
            var where = "step '" + step + "', allocation rule " + (i + 1);
            if (conditions.test(rules.get(i).when(), data, where))
                return rules.get(i).team();
        }
        return rule.otherwise();
    }

    /**
     * The team member after the one who had the last task, in username order. The team's cursor row is created if
     * missing and then locked while it is read and moved, so two cases arriving together go to two different people,
     * even for the team's very first task.
     */
    private String nextInTurn(String team) {
        // Sorted here, in the same order compareTo walks them, whatever the database's collation.
        var members = staff.membersOf(team).stream().sorted().toList();
        if (members.isEmpty()) return null;
        jdbc.sql("insert into round_robin_cursors (team_key, last_assignee) values (:team, '') on conflict do nothing")
                .param("team", team)
                .update();
        var last = jdbc.sql("select last_assignee from round_robin_cursors where team_key = :team for update")
                .param("team", team)
                .query(String.class)
                .single();
        var next =
                members.stream().filter(m -> m.compareTo(last) > 0).findFirst().orElse(members.getFirst());
        jdbc.sql("update round_robin_cursors set last_assignee = :next where team_key = :team")
                .param("team", team)
                .param("next", next)
                .update();
        return next;
    }
}
