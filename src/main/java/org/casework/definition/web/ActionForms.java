package org.casework.definition.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.casework.definition.Action;
import org.casework.definition.Condition;
import org.casework.definition.ProcessDefinition;

/**
 * Actions as form inputs and back: what every action has (the event it hangs on, the step or stage it is narrowed
 * to, an optional condition built with the {@link ConditionForm}) and each kind's own inputs, named as the
 * definition names them so that validation problems land beside them.
 */
final class ActionForms {

    static final List<Choice> KINDS = List.of(
            new Choice("notify", "Send a notification"),
            new Choice("set-fields", "Set fields"),
            new Choice("reassign", "Reassign the open task"),
            new Choice("webhook", "Call a webhook"),
            new Choice("start-process", "Start a case of another process"));

    static final List<Choice> RECIPIENTS = List.of(
            new Choice("citizen", "The citizen"),
            new Choice("assignee", "Whoever holds the task"),
            new Choice("team", "Every member of a team"),
            new Choice("address", "An email address or mobile number"),
            new Choice("contractor", "A contractor"),
            new Choice("requester", "Whoever asked for the approval"));

    private ActionForms() {}

    static String kind(Action action) {
        return switch (action) {
            case Action.SetFields a -> "set-fields";
            case Action.Notify a -> "notify";
            case Action.Webhook a -> "webhook";
            case Action.Reassign a -> "reassign";
            case Action.StartProcess a -> "start-process";
        };
    }

    static String title(String kind) {
        return KINDS.stream()
                .filter(k -> k.code().equals(kind))
                .map(Choice::label)
                .findFirst()
                .orElse(kind);
    }

    static Action blank(String kind) {
        return bind(kind, new FormValues(new org.springframework.util.LinkedMultiValueMap<>()), Edit.NONE, null, null);
    }

    /** The action the form describes; {@code definition} null only for a blank one. */
    static Action bind(
            String kind, FormValues form, Edit edit, ProcessDefinition definition, Map<String, String> errors) {
        var on = event(form.text("on"));
        var target = form.text("target");
        Condition when = definition == null ? null : new ConditionForm(definition).read(form, "when", edit);
        if (!edit.any()) when = ConditionForm.withoutBlanks(when);
        var problems = errors == null ? new LinkedHashMap<String, String>() : errors;
        return switch (kind) {
            case "set-fields" -> new Action.SetFields(on, target, when, Assignments.read(form, "set", problems));
            case "webhook" -> new Action.Webhook(on, target, when, form.text("webhook"));
            case "reassign" ->
                new Action.Reassign(on, target, when, form.text("team"), form.checked("toTeamLead") ? true : null);
            case "start-process" ->
                new Action.StartProcess(on, target, when, form.text("process"), mapping(form, problems));
            default ->
                new Action.Notify(
                        on,
                        target,
                        when,
                        form.text("template"),
                        recipient(form.text("to")),
                        form.text("team"),
                        form.text("address"),
                        form.text("contractor"));
        };
    }

    private static Map<String, String> mapping(FormValues form, Map<String, String> errors) {
        var fields = new LinkedHashMap<String, String>();
        for (var line : form.lines("fields")) {
            var equals = line.indexOf('=');
            if (equals <= 0) {
                errors.put("fields", "Write each line as new case's field = this case's field");
                continue;
            }
            fields.put(
                    line.substring(0, equals).strip(),
                    line.substring(equals + 1).strip());
        }
        return fields;
    }

    static Action.Event event(String key) {
        if (key == null) return null;
        return Arrays.stream(Action.Event.values())
                .filter(e -> e.key().equals(key))
                .findFirst()
                .orElse(null);
    }

    static Action.Recipient recipient(String key) {
        if (key == null) return null;
        return Arrays.stream(Action.Recipient.values())
                .filter(r -> r.name().toLowerCase().equals(key))
                .findFirst()
                .orElse(null);
    }

    static List<Choice> events() {
        return Arrays.stream(Action.Event.values())
                .map(e -> new Choice(e.key(), e.key().replace('-', ' ')))
                .toList();
    }

    /** The steps and stages an action can be narrowed to. */
    static List<Choice> targets(ProcessDefinition definition) {
        var all = new ArrayList<Choice>();
        definition.stages().forEach(s -> all.add(new Choice(s.key(), "Stage: " + s.name())));
        definition.steps().forEach(s -> all.add(new Choice(s.key(), "Step: " + Choices.name(s))));
        return all;
    }

    /** What the action's inputs show, by input name. */
    static Map<String, Object> values(Action action) {
        var values = new LinkedHashMap<String, Object>();
        values.put("on", action.on() == null ? null : action.on().key());
        values.put("target", action.target());
        switch (action) {
            case Action.SetFields a -> values.put("set", Assignments.show(a.set()));
            case Action.Webhook a -> values.put("webhook", a.webhook());
            case Action.Reassign a -> {
                values.put("team", a.team());
                values.put("toTeamLead", a.toLead());
            }
            case Action.StartProcess a -> {
                values.put("process", a.process());
                values.put("fields", Assignments.show(a.fields()));
            }
            case Action.Notify a -> {
                values.put("template", a.template());
                values.put("to", a.to() == null ? null : a.to().name().toLowerCase());
                values.put("team", a.team());
                values.put("address", a.address());
                values.put("contractor", a.contractor());
            }
        }
        return values;
    }

    static List<String> anchors(ConditionForm.Node when) {
        var anchors = new ArrayList<>(List.of(
                "on",
                "target",
                "set",
                "webhook",
                "team",
                "toTeamLead",
                "process",
                "fields",
                "template",
                "to",
                "address",
                "contractor"));
        ConditionForm.anchors(when, anchors);
        return anchors;
    }
}
