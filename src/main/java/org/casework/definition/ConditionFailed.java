package org.casework.definition;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A condition could not be decided for a case's data. It is almost always a definition mistake, so it names the site,
 * the condition and the field for the author to fix.
 */
public final class ConditionFailed extends RuntimeException {

    private final String where;
    private final String condition;
    private final String field;

    ConditionFailed(String where, Condition condition, String field, String reason) {
        super("Condition on " + Objects.requireNonNullElse(where, "an unnamed site") + " failed: " + reason);
        this.where = where;
        this.condition = describe(condition);
        this.field = field;
    }

    /** The site that tested the condition, such as {@code step 'route', route 1}. */
    public String where() {
        return where;
    }

    /** The failing condition as an author would read it: {@code priority greater-than "high"} or the FEEL text. */
    public String condition() {
        return condition;
    }

    /** The field that could not be compared; null when no single field is to blame (as with FEEL). */
    public String field() {
        return field;
    }

    static String describe(Condition condition) {
        return switch (condition) {
            case null -> "nothing";
            case Condition.Compare compare -> {
                var text = compare.field() + " " + operator(compare.op());
                var valueless = compare.value() == null
                        || compare.op() != null && !compare.op().needsValue();
                yield valueless ? text : text + " " + show(compare.value(), '"');
            }
            case Condition.All all -> "all(" + describeEach(all.all()) + ")";
            case Condition.Any any -> "any(" + describeEach(any.any()) + ")";
            case Condition.Not not -> "not(" + describe(not.not()) + ")";
            case Condition.Feel feel -> String.valueOf(feel.feel());
        };
    }

    /** The operator's name as definitions spell it, such as {@code greater-than}. */
    static String operator(Condition.Operator op) {
        return op == null ? "(no operator)" : op.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** A value as the author wrote it, text in the given quotes. */
    static String show(Object value, char quote) {
        return switch (value) {
            case null -> "nothing";
            case CharSequence text -> quote + text.toString() + quote;
            case BigDecimal number -> number.toPlainString();
            case Collection<?> items ->
                items.stream().map(item -> show(item, quote)).collect(Collectors.joining(", ", "[", "]"));
            default -> value.toString();
        };
    }

    private static String describeEach(Collection<Condition> conditions) {
        return conditions.stream().map(ConditionFailed::describe).collect(Collectors.joining(", "));
    }
}
