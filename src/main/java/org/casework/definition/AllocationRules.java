package org.casework.definition;

import static org.casework.definition.Problems.isBlank;

/** Checks that a task step's work goes to somebody: a named team, user or earlier task's officer. */
final class AllocationRules {

    private final DefinitionKeys definition;
    private final ConditionRules conditions;

    AllocationRules(DefinitionKeys definition, ConditionRules conditions) {
        this.definition = definition;
        this.conditions = conditions;
    }

    void check(Step.Task task, DocumentPath step, Problems problems) {
        check(task.key(), task.allocation(), step, problems);
    }

    /** The same for any step whose work is allocated as a task's is (a checklist). */
    void check(String key, Allocation allocation, DocumentPath step, Problems problems) {
        var path = step.property("allocation");
        var name = "Step '" + key + "'";
        switch (allocation) {
            case null -> problems.add(path, name + " has no team: add an allocation rule");
            case Allocation.ToTeam toTeam -> {
                if (isBlank(toTeam.team()))
                    problems.add(path.property("team"), name + " is allocated to a blank team: name the team");
            }
            case Allocation.ByConditions byConditions -> checkRules(byConditions, path, key, problems);
            case Allocation.ToUser toUser -> {
                if (isBlank(toUser.user()))
                    problems.add(path.property("user"), name + " is allocated to a blank user: name the officer");
            }
            case Allocation.RoundRobin roundRobin -> {
                if (isBlank(roundRobin.roundRobin()))
                    problems.add(
                            path.property("roundRobin"), name + " shares work out round a blank team: name the team");
            }
            case Allocation.SameUserAs sameUserAs -> checkSameUser(sameUserAs, path, name, problems);
        }
    }

    private void checkRules(Allocation.ByConditions allocation, DocumentPath path, String key, Problems problems) {
        var name = "Step '" + key + "'";
        var rules = path.property("rules");
        if (allocation.rules().isEmpty()) {
            problems.add(rules, name + " has allocation rules but lists none: add a rule, or allocate to one team");
        }
        for (int i = 0; i < allocation.rules().size(); i++) {
            var rule = allocation.rules().get(i);
            var at = rules.index(i);
            var where = "Allocation rule " + (i + 1) + " of step '" + key + "'";
            if (isBlank(rule.team())) problems.add(at.property("team"), where + " names no team");
            if (rule.when() == null) problems.add(at.property("when"), where + " has no condition");
            else conditions.check(rule.when(), at.property("when"), where, problems);
        }
        if (isBlank(allocation.otherwise())) {
            problems.add(
                    path.property("otherwise"),
                    name + " has no fallback team: set 'otherwise' for when no rule matches");
        }
    }

    private void checkSameUser(Allocation.SameUserAs allocation, DocumentPath path, String name, Problems problems) {
        var at = path.property("sameUserAs");
        var earlier = allocation.sameUserAs();
        if (isBlank(earlier)) {
            problems.add(at, name + " goes to the officer of a blank step: name the earlier task step");
        } else {
            var step = definition.step(earlier);
            if (step.isEmpty()) {
                problems.add(at, name + " goes to the officer who did '" + earlier + "', which does not exist");
            } else if (!(step.get() instanceof Step.Human)) {
                problems.add(at, name + " goes to the officer who did '" + earlier + "', which is not a task step");
            }
        }
        // The earlier step may have been skipped by a branch, or its officer may have left: without a fallback team
        // the task would reach no queue at all.
        if (allocation.fallbackTeam() == null || allocation.fallbackTeam().isBlank()) {
            problems.add(
                    path.property("fallbackTeam"),
                    name + " has no fallback team: name the team that gets the work when that officer cannot");
        }
    }
}
