package org.casework.definition.web;

import java.util.ArrayList;
import java.util.List;
import org.casework.definition.Allocation;
import org.casework.definition.ProcessDefinition;

/**
 * Who a task's work goes to, as form inputs under {@code allocation}: one of five ways ({@code allocation.kind}),
 * each with its own inputs, and for "by conditions" a list of rules, each a condition built with the
 * {@link ConditionForm} and the team it sends work to.
 */
final class AllocationForm {

    static final List<Choice> KINDS = List.of(
            new Choice("team", "A team's queue"),
            new Choice("rules", "A team chosen by conditions"),
            new Choice("round-robin", "Each member of a team in turn"),
            new Choice("user", "A named officer"),
            new Choice("same-user", "Whoever completed an earlier step"));

    private AllocationForm() {}

    /** One rule of the "by conditions" way, as the template draws it. */
    record RuleView(String path, ConditionForm.Node when, String team) {}

    /** The allocation as the template draws it. */
    record View(
            String kind,
            String team,
            String user,
            String roundRobin,
            String sameUserAs,
            String fallbackTeam,
            List<RuleView> rules,
            String otherwise) {}

    static Allocation read(FormValues form, Edit edit, ConditionForm conditions) {
        var kind = form.text("allocation.kind");
        if (kind == null) return null;
        return switch (kind) {
            case "team" -> new Allocation.ToTeam(form.text("allocation.team"));
            case "user" -> new Allocation.ToUser(form.text("allocation.user"));
            case "round-robin" -> new Allocation.RoundRobin(form.text("allocation.roundRobin"));
            case "same-user" ->
                new Allocation.SameUserAs(form.text("allocation.sameUserAs"), form.text("allocation.fallbackTeam"));
            case "rules" -> {
                var rules = new ArrayList<Allocation.TeamRule>();
                for (var i : form.indexes("allocation.rules")) {
                    var path = "allocation.rules[" + i + "]";
                    if (edit.is("remove", path)) continue;
                    var when = conditions.read(form, path + ".when", edit);
                    if (!edit.any()) when = ConditionForm.withoutBlanks(when);
                    rules.add(new Allocation.TeamRule(when, form.text(path + ".team")));
                }
                if (edit.is("add-rule", "allocation.rules") || rules.isEmpty()) {
                    rules.add(new Allocation.TeamRule(null, null));
                }
                yield new Allocation.ByConditions(rules, form.text("allocation.otherwise"));
            }
            default -> null;
        };
    }

    static View view(Allocation allocation, ConditionForm conditions) {
        return switch (allocation) {
            case null -> new View("team", null, null, null, null, null, emptyRules(conditions), null);
            case Allocation.ToTeam team ->
                new View("team", team.team(), null, null, null, null, emptyRules(conditions), null);
            case Allocation.ToUser user ->
                new View("user", null, user.user(), null, null, null, emptyRules(conditions), null);
            case Allocation.RoundRobin robin ->
                new View("round-robin", null, null, robin.roundRobin(), null, null, emptyRules(conditions), null);
            case Allocation.SameUserAs same ->
                new View(
                        "same-user",
                        null,
                        null,
                        null,
                        same.sameUserAs(),
                        same.fallbackTeam(),
                        emptyRules(conditions),
                        null);
            case Allocation.ByConditions rules -> {
                var views = new ArrayList<RuleView>();
                for (int i = 0; i < rules.rules().size(); i++) {
                    var rule = rules.rules().get(i);
                    var path = "allocation.rules[" + i + "]";
                    views.add(new RuleView(path, conditions.view(rule.when(), path + ".when"), rule.team()));
                }
                yield new View("rules", null, null, null, null, null, views, rules.otherwise());
            }
        };
    }

    private static List<RuleView> emptyRules(ConditionForm conditions) {
        var path = "allocation.rules[0]";
        return List.of(new RuleView(path, conditions.view(null, path + ".when"), null));
    }

    static List<String> anchors(View view) {
        var anchors = new ArrayList<>(List.of(
                "allocation",
                "allocation.team",
                "allocation.user",
                "allocation.roundRobin",
                "allocation.sameUserAs",
                "allocation.fallbackTeam",
                "allocation.rules",
                "allocation.otherwise"));
        for (var rule : view.rules()) {
            anchors.add(rule.path());
            anchors.add(rule.path() + ".team");
            ConditionForm.anchors(rule.when(), anchors);
        }
        return anchors;
    }

    static ConditionForm conditions(ProcessDefinition definition) {
        return new ConditionForm(definition);
    }
}
