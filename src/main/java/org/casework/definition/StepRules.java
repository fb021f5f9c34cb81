package org.casework.definition;

import static org.casework.definition.Problems.isBlank;

/**
 * Checks each step on its own: where it leads, the stage it is in, and what its kind needs (a task's people and
 * fields, a branch's routes, an automatic step's values, a timer's one way of waiting, an information request's
 * message and reply time; an approval's approvers and routes, a checklist's items). How the steps fit together
 * is {@link GraphRules}' job.
 */
final class StepRules {

    private final DefinitionKeys definition;
    private final ConditionRules conditions;
    private final AllocationRules allocations;
    private final AssignmentRules assignments;
    private final HumanStepRules humanSteps;
    private final SubProcessRules reaching;

    StepRules(DefinitionKeys definition, ConditionRules conditions) {
        this.definition = definition;
        this.conditions = conditions;
        this.allocations = new AllocationRules(definition, conditions);
        this.assignments = new AssignmentRules(definition);
        this.humanSteps = new HumanStepRules(definition, allocations);
        this.reaching = new SubProcessRules(definition);
    }

    void check(Step step, DocumentPath path, Problems problems) {
        var name = "Step '" + step.key() + "'";
        if (step.stage() != null && definition.stage(step.stage()).isEmpty()) {
            problems.add(path.property("stage"), name + " is in stage '" + step.stage() + "', which does not exist");
        }
        switch (step) {
            case Step.Task task -> {
                allocations.check(task, path, problems);
                checkTaskFields(task, path, name, problems);
                checkTarget(task.targetWorkingDays(), path, name, problems);
                checkNext(task.next(), path, name, problems);
            }
            case Step.Automatic automatic -> {
                assignments.check(automatic.set(), path.property("set"), name, problems);
                checkNext(automatic.next(), path, name, problems);
            }
            case Step.Branch branch -> checkBranch(branch, path, problems);
            case Step.Timer timer -> {
                checkTimer(timer, path, problems);
                checkNext(timer.next(), path, name, problems);
            }
            case Step.InformationRequest request -> {
                checkInformationRequest(request, path, problems);
                checkNext(request.next(), path, name, problems);
                checkOverdue(request, path, problems);
            }
            case Step.End end -> {}
            case Step.Api api -> {
                new ApiStepRules(definition).check(api, path, problems);
                checkNext(api.next(), path, name, problems);
            }
            case Step.Approval approval -> humanSteps.check(approval, path, problems);
            case Step.Checklist checklist -> {
                humanSteps.check(checklist, path, problems);
                checkTarget(checklist.targetWorkingDays(), path, name, problems);
                checkNext(checklist.next(), path, name, problems);
            }
            case Step.SubProcess sub -> {
                reaching.check(sub, path, problems);
                checkNext(sub.next(), path, name, problems);
            }
            case Step.ChangeAccess access -> {
                reaching.check(access, path, problems);
                checkNext(access.next(), path, name, problems);
            }
        }
    }

    private void checkNext(String next, DocumentPath path, String name, Problems problems) {
        if (isBlank(next)) {
            problems.add(path.property("next"), name + " has no next step: set 'next', or make it an end step");
        } else if (definition.step(next).isEmpty()) {
            problems.add(path.property("next"), name + " goes next to '" + next + "', which does not exist");
        }
    }

    private void checkTaskFields(Step.Task task, DocumentPath path, String name, Problems problems) {
        for (int i = 0; i < task.fields().size(); i++) {
            var key = task.fields().get(i);
            if (definition.field(key).isEmpty())
                problems.add(
                        path.property("fields").index(i), name + " shows field '" + key + "', which does not exist");
        }
        for (int i = 0; i < task.mandatory().size(); i++) {
            var key = task.mandatory().get(i);
            var at = path.property("mandatory").index(i);
            if (definition.field(key).isEmpty()) {
                problems.add(at, name + " requires field '" + key + "', which does not exist");
            } else if (!task.fields().contains(key)) {
                problems.add(
                        at, name + " requires field '" + key + "' but does not show it: add it to the step's fields");
            }
        }
        var decision = task.decision();
        if (decision == null) return;
        var at = path.property("decision");
        var field = definition.field(decision);
        if (field.isEmpty()) {
            problems.add(at, name + " records its decision in field '" + decision + "', which does not exist");
        } else if (field.get().type() == FieldType.CHOICES) {
            problems.add(
                    at,
                    name + " records its decision in field '" + decision
                            + "', which holds several answers: a decision is a single choice");
        } else if (field.get().type() != FieldType.CHOICE) {
            problems.add(at, name + " records its decision in field '" + decision + "', which is not a choice field");
        } else if (!task.fields().contains(decision)) {
            problems.add(
                    at,
                    name + " records its decision in field '" + decision
                            + "' but does not show it: add it to the step's fields");
        }
    }

    private void checkBranch(Step.Branch branch, DocumentPath path, Problems problems) {
        var name = "Branch '" + branch.key() + "'";
        var routes = path.property("routes");
        if (branch.routes().isEmpty()) {
            problems.add(routes, name + " has no routes: add at least one condition and where it leads");
        }
        for (int i = 0; i < branch.routes().size(); i++) {
            var route = branch.routes().get(i);
            var at = routes.index(i);
            var where = "Route " + (i + 1) + " of branch '" + branch.key() + "'";
            if (route.when() == null) problems.add(at.property("when"), where + " has no condition");
            else conditions.check(route.when(), at.property("when"), where, problems);
            if (isBlank(route.next())) {
                problems.add(at.property("next"), where + " does not say where it leads");
            } else if (definition.step(route.next()).isEmpty()) {
                problems.add(at.property("next"), where + " leads to '" + route.next() + "', which does not exist");
            }
        }
        var otherwise = path.property("otherwise");
        if (isBlank(branch.otherwise())) {
            problems.add(otherwise, name + " has no default: set 'otherwise' for when no route matches");
        } else if (definition.step(branch.otherwise()).isEmpty()) {
            problems.add(
                    otherwise,
                    "The default of branch '" + branch.key() + "' leads to '" + branch.otherwise()
                            + "', which does not exist");
        }
    }

    private void checkTimer(Step.Timer timer, DocumentPath path, Problems problems) {
        var name = "Timer '" + timer.key() + "'";
        var ways = (timer.after() == null ? 0 : 1)
                + (timer.workingDays() == null ? 0 : 1)
                + (timer.untilField() == null ? 0 : 1);
        if (ways != 1) {
            problems.add(
                    path,
                    name + " must wait for exactly one of: a duration ('after'), working days ('workingDays')"
                            + " or the date in a field ('untilField')");
        }
        if (timer.after() != null
                && (timer.after().isNegative() || timer.after().isZero())) {
            problems.add(path.property("after"), name + " must wait for a duration longer than zero");
        }
        if (timer.workingDays() != null && timer.workingDays() < 0) {
            problems.add(path.property("workingDays"), name + " cannot wait a negative number of working days");
        }
        if (timer.untilField() != null) {
            var field = definition.field(timer.untilField());
            var at = path.property("untilField");
            if (field.isEmpty()) {
                problems.add(at, name + " waits until field '" + timer.untilField() + "', which does not exist");
            } else if (field.get().type() != FieldType.DATE) {
                problems.add(at, name + " waits until field '" + timer.untilField() + "', which is not a date field");
            }
        }
    }

    private void checkInformationRequest(Step.InformationRequest request, DocumentPath path, Problems problems) {
        var name = "Information request '" + request.key() + "'";
        if (isBlank(request.message())) {
            problems.add(path.property("message"), name + " has no message: say what the citizen is asked for");
        }
        for (int i = 0; i < request.documents().size(); i++) {
            if (isBlank(request.documents().get(i)))
                problems.add(path.property("documents").index(i), name + " asks for a document with no type");
        }
        var days = request.replyWithinWorkingDays();
        if (days == null) {
            problems.add(
                    path.property("replyWithinWorkingDays"),
                    name + " gives no time to reply: set 'replyWithinWorkingDays'");
        } else if (days <= 0) {
            problems.add(
                    path.property("replyWithinWorkingDays"),
                    name + " must give the citizen at least one working day to reply");
        }
    }

    private void checkOverdue(Step.InformationRequest request, DocumentPath path, Problems problems) {
        var overdue = request.overdue();
        if (overdue != null && definition.step(overdue).isEmpty()) {
            problems.add(
                    path.property("overdue"),
                    "Information request '" + request.key() + "' goes to '" + overdue
                            + "' when the reply is overdue, which does not exist");
        }
    }

    private static void checkTarget(Integer workingDays, DocumentPath path, String name, Problems problems) {
        if (workingDays != null && workingDays < 0) {
            problems.add(
                    path.property("targetWorkingDays"), name + " has a negative target: use 0 or more working days");
        }
    }
}
