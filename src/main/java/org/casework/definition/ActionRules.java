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
            case Action.Notify notify -> checkNotify(notify, path, name, problems);
            case Action.Webhook webhook -> {
                if (isBlank(webhook.webhook()))
                    problems.add(
                            path.property("webhook"),
                            name + " does not say which webhook to call: give the key of a registered webhook");
            }
            case Action.Reassign reassign -> {
                if (reassign.team() == null && !reassign.toLead())
                    problems.add(
                            path.property("team"),
                            name + " does not say where the task goes: give a team, set toTeamLead, or both");
                if (action.on() != null && !TASK_EVENTS.contains(action.on()))
                    problems.add(
                            path.property("on"),
                            name + " reassigns the case's task, so it must run on a task or SLA event such as"
                                    + " sla-breach, not " + action.on().key());
            }
            case Action.StartProcess start -> {
                if (isBlank(start.process()))
                    problems.add(path.property("process"), name + " does not say which process to start");
                start.fields().forEach((childField, ourField) -> {
                    if (definition.field(ourField).isEmpty())
                        problems.add(
                                path.property("fields").property(childField),
                                name + " copies field '" + ourField + "', which this process does not have");
                });
            }
        }
    }

    /** The events while a case has a task to hand on. */
    private static final java.util.Set<Action.Event> TASK_EVENTS = java.util.EnumSet.of(
            Action.Event.STEP_ENTERED,
            Action.Event.TASK_ASSIGNED,
            Action.Event.TASK_UNTOUCHED,
            Action.Event.SLA_WARNING,
            Action.Event.SLA_BREACH,
            Action.Event.INFORMATION_REQUEST_ANSWERED);

    private void checkNotify(Action.Notify notify, DocumentPath path, String name, Problems problems) {
        if (isBlank(notify.template()))
            problems.add(path.property("template"), name + " does not say which template to send");
        if (notify.to() == null) {
            problems.add(
                    path.property("to"),
                    name + " does not say who is told: citizen, assignee, team, address or contractor");
            return;
        }
        switch (notify.to()) {
            case TEAM -> {
                if (isBlank(notify.team()))
                    problems.add(path.property("team"), name + " tells a team: say which one in 'team'");
            }
            case ADDRESS -> {
                if (isBlank(notify.address()))
                    problems.add(
                            path.property("address"),
                            name + " tells an address: give the email address or mobile number in 'address'");
                else if (!notify.address().contains("@") && !notify.address().matches("\\+?[0-9 ]{10,15}"))
                    problems.add(
                            path.property("address"),
                            name + " sends to '" + notify.address() + "', which is neither an email address nor a"
                                    + " mobile number");
            }
            case CONTRACTOR -> {
                if (isBlank(notify.contractor()))
                    problems.add(
                            path.property("contractor"),
                            name + " tells a contractor: give the contractor's key in 'contractor'");
            }
            case CITIZEN, ASSIGNEE, REQUESTER -> {}
        }
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    private void checkTarget(Action action, DocumentPath at, String name, Problems problems) {
        var target = action.target();
        switch (action.on()) {
            case STEP_ENTERED,
                    STEP_COMPLETED,
                    TASK_ASSIGNED,
                    TASK_UNTOUCHED,
                    INFORMATION_REQUEST_SENT,
                    INFORMATION_REQUEST_REMINDER,
                    INFORMATION_REQUEST_ANSWERED,
                    INFORMATION_REQUEST_OVERDUE,
                    APPROVAL_APPROVED,
                    APPROVAL_REJECTED -> {
                if (definition.step(target).isEmpty())
                    problems.add(at, name + " is for step '" + target + "', which does not exist");
            }
            case STAGE_ENTERED -> {
                if (definition.stage(target).isEmpty())
                    problems.add(at, name + " is for stage '" + target + "', which does not exist");
            }
            case CASE_STARTED, CASE_CLOSED, CASE_ABANDONED, SLA_WARNING, SLA_BREACH ->
                problems.add(
                        at,
                        name + " runs once per case, so it cannot be narrowed to '" + target + "': remove the target");
        }
    }
}
