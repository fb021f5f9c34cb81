package org.casework.definition;

/** Checks each action: it hangs on an event, names a step or stage that exists, and sets fields that exist. */
final class ActionRules {

    private final DefinitionKeys definition;
    private final ConditionRules conditions;
    private final AssignmentRules assignments;

    ActionRules(DefinitionKeys definition, ConditionRules conditions) {
        this.definition = definition;
        this.conditions = conditions;
        this.assignments = new AssignmentRules(definition);
    }

    void check(Action action, DocumentPath path, int position, Problems problems) {
        var name = "Action " + position;
        if (action.on() == null) {
            problems.add(
                    path.property("on"), name + " does not say when it runs: choose an event such as case-started");
        } else if (action.target() != null) {
            checkTarget(action, path.property("target"), name, problems);
        }
        if (action.when() != null) conditions.check(action.when(), path.property("when"), name, problems);
        switch (action) {
            case Action.SetFields setFields -> {
                if (setFields.set().isEmpty()) problems.add(path.property("set"), name + " sets no fields");
                assignments.check(setFields.set(), path.property("set"), name, problems);
            }
        }
    }

    private void checkTarget(Action action, DocumentPath at, String name, Problems problems) {
        var target = action.target();
        switch (action.on()) {
            case STEP_ENTERED, STEP_COMPLETED, INFORMATION_REQUEST_SENT, INFORMATION_REQUEST_OVERDUE -> {
                if (definition.step(target).isEmpty())
                    problems.add(at, name + " is for step '" + target + "', which does not exist");
            }
            case STAGE_ENTERED -> {
                if (definition.stage(target).isEmpty())
                    problems.add(at, name + " is for stage '" + target + "', which does not exist");
            }
            case CASE_STARTED, CASE_CLOSED ->
                problems.add(
                        at,
                        name + " runs once per case, so it cannot be narrowed to '" + target + "': remove the target");
        }
    }
}
