package org.casework.definition;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.List;

/**
 * What branches, allocation rules and actions test. Structured conditions are what the designer builds by picking;
 * {@link Feel} holds an advanced expression. The JSON shape tells them apart: {@code field}/{@code op}/{@code value},
 * {@code all}, {@code any}, {@code not} or {@code feel}.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.DEDUCTION)
@JsonSubTypes({
    @JsonSubTypes.Type(Condition.Compare.class),
    @JsonSubTypes.Type(Condition.All.class),
    @JsonSubTypes.Type(Condition.Any.class),
    @JsonSubTypes.Type(Condition.Not.class),
    @JsonSubTypes.Type(Condition.Feel.class)
})
public sealed interface Condition {

    /** Compares one field with a value; {@code between} and {@code one-of} take a list. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Compare(String field, Operator op, Object value) implements Condition {}

    /** Holds when every condition holds. */
    record All(List<Condition> all) implements Condition {
        public All {
            all = all == null ? List.of() : List.copyOf(all);
        }
    }

    /** Holds when at least one condition holds. */
    record Any(List<Condition> any) implements Condition {
        public Any {
            any = any == null ? List.of() : List.copyOf(any);
        }
    }

    /** Holds when the inner condition does not. */
    record Not(Condition not) implements Condition {}

    /** A FEEL (DMN 1.3) unary or boolean expression over the case fields, for what the pickers cannot say. */
    record Feel(String feel) implements Condition {}

    /** The comparisons the designer offers. */
    enum Operator {
        @JsonProperty("equals")
        EQUALS,
        @JsonProperty("not-equals")
        NOT_EQUALS,
        @JsonProperty("greater-than")
        GREATER_THAN,
        @JsonProperty("less-than")
        LESS_THAN,
        @JsonProperty("between")
        BETWEEN,
        @JsonProperty("is-empty")
        IS_EMPTY,
        @JsonProperty("is-not-empty")
        IS_NOT_EMPTY,
        @JsonProperty("one-of")
        ONE_OF,
        @JsonProperty("contains")
        CONTAINS;

        public boolean needsValue() {
            return this != IS_EMPTY && this != IS_NOT_EMPTY;
        }
    }
}
