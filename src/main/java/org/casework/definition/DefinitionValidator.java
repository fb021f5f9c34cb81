package org.casework.definition;

import static org.casework.definition.Problems.isBlank;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Says everything that stops a definition being published, each problem with its place in the document and what
 * to do about it, so the designer can show them all at once. A definition with no problems can run: every step is
 * reachable, every case can close, and every field, step, stage and team a rule names exists or is given.
 */
public final class DefinitionValidator {

    private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");
    private static final Pattern REFERENCE_PREFIX = Pattern.compile("[A-Z]{2,5}");
    private static final Pattern DIGITS = Pattern.compile("[0-9]+");

    private final Function<String, Optional<String>> feelSyntaxCheck;
    private final Iterable<ActionCheck> actionChecks;
    private final Supplier<List<String>> departments;

    /** {@code feelSyntaxCheck} returns why a FEEL expression does not parse, or nothing when it does. */
    public DefinitionValidator(Function<String, Optional<String>> feelSyntaxCheck) {
        this(feelSyntaxCheck, List.of());
    }

    /**
     * Also asks each of {@code actionChecks} (other modules' checks, such as that a notify action's template exists);
     * they are looked up on every validation, so a lazy provider of beans does. No department is known.
     */
    public DefinitionValidator(Function<String, Optional<String>> feelSyntaxCheck, Iterable<ActionCheck> actionChecks) {
        this(feelSyntaxCheck, actionChecks, List::of);
    }

    /**
     * Also checks the process's department is one of {@code departments} (the codes on offer, asked on every
     * validation, since administrators add departments while the service runs).
     */
    public DefinitionValidator(
            Function<String, Optional<String>> feelSyntaxCheck,
            Iterable<ActionCheck> actionChecks,
            Supplier<List<String>> departments) {
        this.feelSyntaxCheck = feelSyntaxCheck;
        this.actionChecks = actionChecks;
        this.departments = departments;
    }

    /**
     * Every problem found: the process's own first, then its fields, stages, steps, how the steps connect, and its
     * actions (our own rules, then other modules' {@link ActionCheck}s). Empty when the definition can be published.
     */
    public List<ValidationProblem> validate(ProcessDefinition definition) {
        var problems = new Problems();
        var root = DocumentPath.ROOT;
        var keys = new DefinitionKeys(definition);
        var conditions = new ConditionRules(keys, feelSyntaxCheck);
        checkProcess(definition, problems);
        checkDepartment(definition, problems);
        checkFields(definition, problems);
        checkStages(definition, problems);
        SubProcessRules.checkMode(definition, problems);
        var steps = new StepRules(keys, conditions);
        var stepKeys = new HashSet<String>();
        for (int i = 0; i < definition.steps().size(); i++) {
            var step = definition.steps().get(i);
            var path = root.property("steps").index(i);
            if (checkKey(step.key(), "Step", i, stepKeys, "assess-highways", path, problems)) {
                steps.check(step, path, problems);
            }
        }
        new GraphRules(definition).check(problems);
        new FormRules(definition, conditions).check(problems);
        var actions = new ActionRules(keys, conditions);
        for (int i = 0; i < definition.actions().size(); i++) {
            actions.check(definition.actions().get(i), root.property("actions").index(i), i + 1, problems);
        }
        var found = problems.list();
        var others = new java.util.ArrayList<ValidationProblem>();
        for (var check : actionChecks) others.addAll(check.check(definition));
        if (others.isEmpty()) return found;
        others.addAll(0, found);
        return List.copyOf(others);
    }

    private static void checkProcess(ProcessDefinition definition, Problems problems) {
        var root = DocumentPath.ROOT;
        if (isBlank(definition.key())) {
            problems.add(
                    root.property("key"), "The process has no key: give it a short one such as 'report-a-problem'");
        } else if (!KEY.matcher(definition.key()).matches()) {
            problems.add(
                    root.property("key"),
                    "The process key '" + definition.key()
                            + "' must be lowercase letters, digits and hyphens, such as 'report-a-problem'");
        }
        if (isBlank(definition.name())) {
            problems.add(root.property("name"), "The process has no name: give it the name residents and staff see");
        }
        var prefix = definition.referencePrefix();
        if (prefix != null && !REFERENCE_PREFIX.matcher(prefix).matches()) {
            problems.add(
                    root.property("referencePrefix"),
                    "The reference prefix '" + prefix + "' must be 2 to 5 capital letters, such as 'RP'");
        }
        var lgsl = definition.lgslCode();
        if (lgsl != null && !DIGITS.matcher(lgsl).matches()) {
            problems.add(
                    root.property("lgslCode"),
                    "The LGSL code '" + lgsl + "' must be digits only, such as '557' for road maintenance");
        }
        if (definition.sla() != null && definition.sla().targetWorkingDays() < 0) {
            problems.add(
                    root.property("sla").property("targetWorkingDays"),
                    "The case's SLA is negative: use 0 or more working days");
        }
        var sla = definition.sla();
        if (sla != null && sla.warnAt() != null && (sla.warnAt() <= 0 || sla.warnAt() >= 1)) {
            problems.add(
                    root.property("sla").property("warnAt"),
                    "The SLA warning must come part-way through the target: use a share between 0 and 1, such as"
                            + " 0.75");
        }
        if (sla != null && sla.breachRepeatWorkingDays() != null && sla.breachRepeatWorkingDays() < 1) {
            problems.add(
                    root.property("sla").property("breachRepeatWorkingDays"),
                    "A breach can be announced again after 1 working day at the soonest");
        }
        if (sla != null && sla.remindAfterWorkingDays() != null && sla.remindAfterWorkingDays() < 1) {
            problems.add(
                    root.property("sla").property("remindAfterWorkingDays"),
                    "A task can be called untouched after 1 working day at the soonest");
        }
        if (definition.retentionDays() != null && definition.retentionDays() < 0) {
            problems.add(
                    root.property("retentionDays"),
                    "Cases cannot be kept for a negative number of days: use 0 or more");
        }
    }

    private void checkDepartment(ProcessDefinition definition, Problems problems) {
        var department = definition.department();
        if (department == null) return;
        var known = departments.get();
        if (known.contains(department)) return;
        problems.add(
                DocumentPath.ROOT.property("department"),
                "The department '" + department + "' is not one of the council's departments; use one of: "
                        + (known.isEmpty() ? "(none set up)" : String.join(", ", known)));
    }

    private static void checkFields(ProcessDefinition definition, Problems problems) {
        var keys = new HashSet<String>();
        for (int i = 0; i < definition.fields().size(); i++) {
            var field = definition.fields().get(i);
            var path = DocumentPath.ROOT.property("fields").index(i);
            if (!checkKey(field.key(), "Field", i, keys, "date-of-birth", path, problems)) continue;
            if (Boolean.TRUE.equals(field.searchable()) && !field.type().canBeSearched()) {
                problems.add(
                        path.property("searchable"),
                        "Field '" + field.key() + "' cannot be searchable: only short answers (text, choice, number,"
                                + " date, postcode, email, yes/no) are kept for searching");
            }
            if (!field.type().offersOptions()) continue;
            var options = path.property("options");
            if (field.options().isEmpty()) {
                problems.add(
                        options,
                        "Field '" + field.key() + "' is a choice but has no options: list the answers to choose from");
            }
            var seen = new HashSet<String>();
            for (int j = 0; j < field.options().size(); j++) {
                var option = field.options().get(j);
                if (isBlank(option)) {
                    problems.add(options.index(j), "Field '" + field.key() + "' has a blank option");
                } else if (!seen.add(option)) {
                    problems.add(
                            options.index(j), "Field '" + field.key() + "' lists the option '" + option + "' twice");
                }
            }
            for (var labelled : field.optionLabels().keySet()) {
                if (!field.options().contains(labelled)) {
                    problems.add(
                            path.property("optionLabels").property(labelled),
                            "Field '" + field.key() + "' labels '" + labelled + "', which is not one of its options");
                }
            }
        }
    }

    private static void checkStages(ProcessDefinition definition, Problems problems) {
        var keys = new HashSet<String>();
        for (int i = 0; i < definition.stages().size(); i++) {
            var stage = definition.stages().get(i);
            var path = DocumentPath.ROOT.property("stages").index(i);
            if (!checkKey(stage.key(), "Stage", i, keys, "assessing", path, problems)) continue;
            if (isBlank(stage.name())) {
                problems.add(
                        path.property("name"),
                        "Stage '" + stage.key() + "' has no name: residents see it when they follow their case");
            }
            if (stage.targetWorkingDays() < 0) {
                problems.add(
                        path.property("targetWorkingDays"),
                        "Stage '" + stage.key() + "' has a negative target: use 0 or more working days");
            }
        }
    }

    /**
     * Checks a field, stage or step key is present, well formed and not already used; true when the rest of the
     * element is worth checking (a repeated key is still checked, since its other problems are its own).
     */
    private static boolean checkKey(
            String key,
            String kind,
            int index,
            HashSet<String> seen,
            String example,
            DocumentPath path,
            Problems problems) {
        var at = path.property("key");
        if (isBlank(key)) {
            problems.add(at, kind + " " + (index + 1) + " has no key: give it one such as '" + example + "'");
            return false;
        }
        if (!KEY.matcher(key).matches()) {
            problems.add(
                    at,
                    kind + " key '" + key + "' must be lowercase letters, digits and hyphens, such as '" + example
                            + "'");
        }
        if (!seen.add(key)) {
            problems.add(
                    at, kind + " '" + key + "' is defined twice: each " + kind.toLowerCase() + " needs its own key");
        }
        return true;
    }
}
