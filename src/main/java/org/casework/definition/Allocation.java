package org.casework.definition;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.List;

/**
 * Who a task step's work goes to. The JSON shape tells the rules apart: {@code team}, {@code rules}+{@code
 * otherwise}, {@code user}, {@code roundRobin} or {@code sameUserAs}.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.DEDUCTION)
@JsonSubTypes({
    @JsonSubTypes.Type(Allocation.ToTeam.class),
    @JsonSubTypes.Type(Allocation.ByConditions.class),
    @JsonSubTypes.Type(Allocation.ToUser.class),
    @JsonSubTypes.Type(Allocation.RoundRobin.class),
    @JsonSubTypes.Type(Allocation.SameUserAs.class)
})
public sealed interface Allocation {

    /** The team's queue. */
    record ToTeam(String team) implements Allocation {}

    /** The team of the first rule whose condition holds, else {@code otherwise}. */
    record ByConditions(List<TeamRule> rules, String otherwise) implements Allocation {
        public ByConditions {
            rules = rules == null ? List.of() : List.copyOf(rules);
        }
    }

    /** One rule of {@link ByConditions}. */
    record TeamRule(Condition when, String team) {}

    /** Straight to a named officer, already claimed. */
    record ToUser(String user) implements Allocation {}

    /** To the member of the team who was given a task from this rule longest ago. */
    record RoundRobin(String roundRobin) implements Allocation {}

    /** To whoever completed an earlier step of the same case (for example the officer who triaged it). */
    record SameUserAs(String sameUserAs, String fallbackTeam) implements Allocation {}
}
