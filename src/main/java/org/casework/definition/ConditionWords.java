package org.casework.definition;

import java.util.Collection;
import java.util.stream.Collectors;

/**
 * A condition in the words an administrator reads on a diagram, a comparison or Try it: {@code priority is "high"},
 * {@code size is between 1 and 5 and urgent is not empty}. Never evaluated, only shown.
 */
public final class ConditionWords {

    private ConditionWords() {}

    public static String of(Condition condition) {
        return switch (condition) {
            case null -> "always";
            case Condition.Compare compare -> compare(compare);
            case Condition.All all -> joined(all.all(), " and ");
            case Condition.Any any -> joined(any.any(), " or ");
            case Condition.Not not -> "not (" + of(not.not()) + ")";
            case Condition.Feel feel -> "FEEL: " + feel.feel();
        };
    }

    private static String joined(Collection<Condition> parts, String glue) {
        if (parts.isEmpty()) return "always";
        if (parts.size() == 1) return of(parts.iterator().next());
        return parts.stream().map(c -> "(" + of(c) + ")").collect(Collectors.joining(glue));
    }

    private static String compare(Condition.Compare compare) {
        var field = compare.field() == null ? "?" : compare.field();
        if (compare.op() == null) return field + " ?";
        var value = compare.value();
        return switch (compare.op()) {
            case EQUALS -> field + " is " + value(value);
            case NOT_EQUALS -> field + " is not " + value(value);
            case GREATER_THAN -> field + " is more than " + value(value);
            case LESS_THAN -> field + " is less than " + value(value);
            case BETWEEN ->
                value instanceof java.util.List<?> bounds && bounds.size() == 2
                        ? field + " is between " + value(bounds.get(0)) + " and " + value(bounds.get(1))
                        : field + " is between " + value(value);
            case IS_EMPTY -> field + " is empty";
            case IS_NOT_EMPTY -> field + " is not empty";
            case ONE_OF ->
                value instanceof Collection<?> items
                        ? field + " is one of "
                                + items.stream().map(ConditionWords::value).collect(Collectors.joining(", "))
                        : field + " is one of " + value(value);
            case CONTAINS -> field + " contains " + value(value);
        };
    }

    private static String value(Object value) {
        if (value instanceof CharSequence text) return "\"" + text + "\"";
        return String.valueOf(value);
    }
}
