package org.casework.definition;

import static org.casework.definition.Problems.isBlank;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Checks a condition tree wherever it appears (branch routes, allocation rules, actions): the fields it tests exist,
 * each comparison has the value its operator needs, and FEEL expressions parse. Field names inside FEEL are not
 * checked, since the expression language can compute them.
 */
final class ConditionRules {

    private static final String OPERATORS = Arrays.stream(Condition.Operator.values())
            .map(ConditionRules::operatorName)
            .collect(Collectors.joining(", "));

    /** What can be asked of a field holding several answers: whether one of them is there, or any at all. */
    private static final Set<Condition.Operator> SEVERAL =
            EnumSet.of(Condition.Operator.CONTAINS, Condition.Operator.IS_EMPTY, Condition.Operator.IS_NOT_EMPTY);

    private final DefinitionKeys definition;
    private final Function<String, Optional<String>> feelSyntaxCheck;

    ConditionRules(DefinitionKeys definition, Function<String, Optional<String>> feelSyntaxCheck) {
        this.definition = definition;
        this.feelSyntaxCheck = feelSyntaxCheck;
    }

    /** Checks {@code condition}, found at {@code path}; {@code where} names its place in messages ("Route 1 of …"). */
    void check(Condition condition, DocumentPath path, String where, Problems problems) {
        switch (condition) {
            case Condition.Compare compare -> checkCompare(compare, path, where, problems);
            case Condition.All all -> checkEach(all.all(), "all", path, where, problems);
            case Condition.Any any -> checkEach(any.any(), "any", path, where, problems);
            case Condition.Not not -> {
                if (not.not() == null)
                    problems.add(path.property("not"), where + " has an empty 'not': put a condition in it");
                else check(not.not(), path.property("not"), where, problems);
            }
            case Condition.Feel feel -> checkFeel(feel, path, where, problems);
        }
    }

    private void checkEach(
            List<Condition> conditions, String name, DocumentPath path, String where, Problems problems) {
        var list = path.property(name);
        if (conditions.isEmpty())
            problems.add(list, where + " has an empty '" + name + "': put at least one condition in it");
        for (int i = 0; i < conditions.size(); i++) check(conditions.get(i), list.index(i), where, problems);
    }

    private void checkFeel(Condition.Feel feel, DocumentPath path, String where, Problems problems) {
        if (isBlank(feel.feel())) {
            problems.add(path.property("feel"), where + " has an empty FEEL expression");
            return;
        }
        feelSyntaxCheck.apply(feel.feel()).ifPresent(error -> {
            var reason = error.isEmpty() ? error : Character.toLowerCase(error.charAt(0)) + error.substring(1);
            problems.add(path.property("feel"), where + " has a FEEL expression that cannot be read: " + reason);
        });
    }

    private void checkCompare(Condition.Compare compare, DocumentPath path, String where, Problems problems) {
        FieldDefinition field = null;
        if (isBlank(compare.field())) {
            problems.add(path.property("field"), where + " does not say which field it tests");
        } else {
            field = definition.field(compare.field()).orElse(null);
            if (field == null) {
                problems.add(
                        path.property("field"), where + " tests field '" + compare.field() + "', which does not exist");
            }
        }
        var op = compare.op();
        if (op == null) {
            problems.add(path.property("op"), where + " has no comparison: choose one of " + OPERATORS);
            return;
        }
        var value = compare.value();
        var at = path.property("value");
        var name = "'" + operatorName(op) + "'";
        if (field != null
                && field.type() == FieldType.ADDRESS
                && op != Condition.Operator.IS_EMPTY
                && op != Condition.Operator.IS_NOT_EMPTY) {
            // An address is several parts; test its postcode area with an advanced (FEEL) condition instead.
            problems.add(
                    path.property("op"),
                    where + " tests field '" + field.key() + "', an address, with " + name
                            + ": an address can only be tested with 'is-empty' or 'is-not-empty'");
            return;
        }
        var several = field != null && field.type() == FieldType.CHOICES;
        if (several && !SEVERAL.contains(op)) {
            // A list is never equal to one option, so such a test would quietly never hold.
            problems.add(
                    path.property("op"),
                    where + " tests field '" + field.key() + "', which holds several answers, with " + name
                            + ": use 'contains' to test for one of them, or 'is-empty' or 'is-not-empty'");
            return;
        }
        switch (op) {
            case IS_EMPTY, IS_NOT_EMPTY -> {}
            case BETWEEN -> {
                if (!(value instanceof List<?> range
                        && range.size() == 2
                        && range.stream().allMatch(Objects::nonNull)))
                    problems.add(at, where + " uses 'between' without a list of two values, lowest first");
            }
            case ONE_OF -> {
                if (value instanceof List<?> options && !options.isEmpty()) {
                    for (int i = 0; i < options.size(); i++)
                        checkOption(field, options.get(i), at.index(i), where, problems);
                } else {
                    problems.add(at, where + " uses 'one-of' without a list of values to choose from");
                }
            }
            default -> {
                if (value == null) {
                    problems.add(at, where + " uses " + name + " without a value to compare with");
                } else if (value instanceof List<?> || value instanceof Map<?, ?>) {
                    problems.add(
                            at,
                            where + " compares with a list, but " + name + " takes one value"
                                    + (op == Condition.Operator.EQUALS ? " (use 'one-of' for several)" : ""));
                } else if (op == Condition.Operator.EQUALS || op == Condition.Operator.NOT_EQUALS || several) {
                    checkOption(field, value, at, where, problems);
                }
            }
        }
    }

    /** A test of a choice field against an answer it cannot have is almost always a typing slip. */
    private static void checkOption(
            FieldDefinition field, Object value, DocumentPath at, String where, Problems problems) {
        if (field == null || !field.type().offersOptions() || field.options().isEmpty()) return;
        if (value instanceof String option && field.options().contains(option)) return;
        problems.add(
                at,
                where + " tests field '" + field.key() + "' for '" + value + "', which is not one of its options: "
                        + String.join(", ", field.options()));
    }

    static String operatorName(Condition.Operator op) {
        return op.name().toLowerCase().replace('_', '-');
    }
}
