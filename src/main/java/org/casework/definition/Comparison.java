package org.casework.definition;

import static org.casework.definition.ConditionFailed.operator;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * What each {@link Condition.Operator} means for case data. Form answers arrive as text, so a number or ISO date typed
 * into a form compares as a number or date when the other side is one; anything else that cannot be ordered is an
 * error rather than a silent {@code false}, because a branch that quietly never matches is worse than one that stops.
 */
final class Comparison {

    private Comparison() {}

    static boolean holds(Condition.Compare compare, Map<String, Object> data, String where) {
        var field = compare.field();
        if (field == null || field.isBlank()) throw shape(compare, where, "names no field");
        if (compare.op() == null) throw shape(compare, where, "has no operator for field '" + field + "'");
        checkValueShape(compare, where);

        var actual = data.get(field);
        // A field never filled in, or left blank on a form, has no value: only the emptiness tests and not-equals hold.
        var noValue = actual == null
                || actual instanceof CharSequence text && text.toString().isBlank();
        var expected = compare.value();
        return switch (compare.op()) {
            case IS_EMPTY -> isEmpty(actual);
            case IS_NOT_EMPTY -> !isEmpty(actual);
            case EQUALS -> !noValue && same(actual, expected);
            case NOT_EQUALS -> noValue || !same(actual, expected);
            case GREATER_THAN -> !noValue && order(compare, actual, expected, where) > 0;
            case LESS_THAN -> !noValue && order(compare, actual, expected, where) < 0;
            case BETWEEN -> !noValue && between(compare, actual, (List<?>) expected, where);
            case ONE_OF -> !noValue && ((Collection<?>) expected).stream().anyMatch(item -> same(actual, item));
            case CONTAINS -> !noValue && contains(compare, actual, expected, where);
        };
    }

    private static void checkValueShape(Condition.Compare compare, String where) {
        var op = compare.op();
        var value = compare.value();
        var about = "'" + operator(op) + "' on field '" + compare.field() + "'";
        if (op.needsValue() && value == null) throw shape(compare, where, about + " needs a value to compare with");
        switch (op) {
            case BETWEEN -> {
                if (!(value instanceof List<?> bounds
                        && bounds.size() == 2
                        && bounds.stream().allMatch(Objects::nonNull))) {
                    throw shape(
                            compare, where, about + " needs a list of two values, low and high, not " + show(value));
                }
            }
            case ONE_OF -> {
                if (!(value instanceof Collection<?>)) {
                    throw shape(compare, where, about + " needs a list of values, not " + show(value));
                }
            }
            default -> {}
        }
    }

    private static boolean isEmpty(Object value) {
        return switch (value) {
            case null -> true;
            case CharSequence text -> text.toString().isBlank();
            case Collection<?> items -> items.isEmpty();
            case Map<?, ?> entries -> entries.isEmpty();
            default -> false;
        };
    }

    /** Equality as a council officer means it: 2 is 2.0, "2" from a form is 2, "true" is yes, dates by day. */
    private static boolean same(Object left, Object right) {
        if (left == null || right == null) return left == right;
        if (left instanceof Number || right instanceof Number) {
            var a = number(left);
            var b = number(right);
            return a != null && b != null && a.compareTo(b) == 0;
        }
        if (left instanceof Boolean || right instanceof Boolean) {
            var a = bool(left);
            return a != null && a.equals(bool(right));
        }
        if (left instanceof LocalDate || right instanceof LocalDate) {
            var a = date(left);
            return a != null && a.equals(date(right));
        }
        return left.equals(right);
    }

    private static int order(Condition.Compare compare, Object actual, Object bound, String where) {
        var a = number(actual);
        var b = number(bound);
        if (a != null && b != null) return a.compareTo(b);
        var from = date(actual);
        var to = date(bound);
        if (from != null && to != null) return from.compareTo(to);
        throw mismatch(compare, actual, where);
    }

    private static boolean between(Condition.Compare compare, Object actual, List<?> bounds, String where) {
        // Both bounds are checked even when the first already fails, so a mistyped bound is reported every time.
        var aboveLow = order(compare, actual, bounds.get(0), where) >= 0;
        var belowHigh = order(compare, actual, bounds.get(1), where) <= 0;
        return aboveLow && belowHigh;
    }

    private static boolean contains(Condition.Compare compare, Object actual, Object wanted, String where) {
        if (actual instanceof Collection<?> items) return items.stream().anyMatch(item -> same(item, wanted));
        if (actual instanceof CharSequence text) {
            var piece = switch (wanted) {
                case CharSequence words -> words.toString();
                case BigDecimal number -> number.toPlainString();
                case Number number -> number.toString();
                default -> throw mismatch(compare, actual, where);
            };
            return text.toString().toLowerCase(Locale.ROOT).contains(piece.toLowerCase(Locale.ROOT));
        }
        throw mismatch(compare, actual, where);
    }

    private static BigDecimal number(Object value) {
        try {
            return switch (value) {
                case BigDecimal exact -> exact;
                case BigInteger whole -> new BigDecimal(whole);
                case Integer n -> BigDecimal.valueOf(n);
                case Long n -> BigDecimal.valueOf(n);
                case Short n -> BigDecimal.valueOf(n);
                case Byte n -> BigDecimal.valueOf(n);
                // Through the shortest decimal text, so 0.1 stays 0.1 rather than its binary approximation.
                case Number n -> new BigDecimal(n.toString());
                case CharSequence text -> new BigDecimal(text.toString().strip());
                default -> null;
            };
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    private static Boolean bool(Object value) {
        if (value instanceof Boolean answer) return answer;
        if (value instanceof CharSequence text) {
            var word = text.toString().strip();
            if (word.equalsIgnoreCase("true")) return true;
            if (word.equalsIgnoreCase("false")) return false;
        }
        return null;
    }

    private static LocalDate date(Object value) {
        if (value instanceof LocalDate day) return day;
        if (value instanceof CharSequence text) {
            try {
                return LocalDate.parse(text.toString().strip());
            } catch (DateTimeParseException notADate) {
                return null;
            }
        }
        return null;
    }

    private static ConditionFailed mismatch(Condition.Compare compare, Object actual, String where) {
        return new ConditionFailed(
                where,
                compare,
                compare.field(),
                "cannot compare field '%s' (value %s) with %s using %s"
                        .formatted(
                                compare.field(),
                                show(actual),
                                ConditionFailed.show(compare.value(), '"'),
                                operator(compare.op())));
    }

    private static ConditionFailed shape(Condition.Compare compare, String where, String reason) {
        return new ConditionFailed(where, compare, compare.field(), reason);
    }

    private static String show(Object value) {
        return ConditionFailed.show(value, '\'');
    }
}
