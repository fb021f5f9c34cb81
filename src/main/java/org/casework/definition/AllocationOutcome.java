package org.casework.definition;

import java.util.Map;

/**
 * Where a task step's work would go for some case data, as far as the definition alone can tell: the team, or the
 * officer named. Round robin and "same officer as" depend on who is on duty and who did earlier work, so they name
 * the team and say who within it would get the task. Used by Try it; the work module's allocator is what really
 * allocates.
 */
public record AllocationOutcome(String team, String officer, String explanation) {

    /** Evaluates the step's rule with the data; the first rule whose condition holds wins, as the allocator does. */
    public static AllocationOutcome of(
            String step, Allocation allocation, Map<String, Object> data, ConditionEvaluator conditions) {
        return switch (allocation) {
            case null -> new AllocationOutcome(null, null, "No allocation rule");
            case Allocation.ToTeam toTeam -> new AllocationOutcome(toTeam.team(), null, "Always this team");
            case Allocation.ByConditions rules -> byConditions(step, rules, data, conditions);
            case Allocation.ToUser toUser ->
                new AllocationOutcome(null, toUser.user(), "Straight to this officer, already claimed");
            case Allocation.RoundRobin roundRobin ->
                new AllocationOutcome(
                        roundRobin.roundRobin(), null, "To the team member whose turn it is (round robin)");
            case Allocation.SameUserAs same ->
                new AllocationOutcome(
                        same.fallbackTeam(),
                        null,
                        "To the officer who completed '" + same.sameUserAs() + "', or else this team");
            default -> new AllocationOutcome(null, null, "Decided when the task is made: " + allocation);
        };
    }

    private static AllocationOutcome byConditions(
            String step, Allocation.ByConditions allocation, Map<String, Object> data, ConditionEvaluator conditions) {
        var rules = allocation.rules();
        for (int i = 0; i < rules.size(); i++) {
            var rule = rules.get(i);
            if (conditions.test(rule.when(), data, "step '" + step + "', allocation rule " + (i + 1))) {
                return new AllocationOutcome(
                        rule.team(), null, "Rule " + (i + 1) + " holds: " + ConditionWords.of(rule.when()));
            }
        }
        return new AllocationOutcome(allocation.otherwise(), null, "No rule holds, so the fallback team");
    }
}
