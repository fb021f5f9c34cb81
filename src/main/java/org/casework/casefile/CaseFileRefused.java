package org.casework.casefile;

import java.util.List;
import org.casework.platform.Refusal;

/**
 * A change to a case file was refused: what was given breaks a rule (each field named), what it is about is not on
 * the case, or the record has already moved on (a demand resolved, a follow-up done or cancelled, a person already
 * in that role).
 */
public class CaseFileRefused extends Refusal {

    private CaseFileRefused(Kind kind, String message, List<Problem> problems) {
        super(kind, message, problems);
    }

    /** What was given breaks these rules. */
    public static CaseFileRefused invalid(List<Problem> problems) {
        return new CaseFileRefused(
                Kind.RULE_BROKEN,
                problems.size() == 1
                        ? problems.getFirst().reason()
                        : "The record cannot be kept as given: " + problems.size() + " problems",
                problems);
    }

    /** What was given breaks this one rule. */
    public static CaseFileRefused invalid(String field, String reason) {
        return invalid(List.of(new Problem(field, reason)));
    }

    /** What a change is about is not on the case. */
    public static CaseFileRefused absent(String field, String reason) {
        return new CaseFileRefused(Kind.NOT_FOUND, reason, List.of(new Problem(field, reason)));
    }

    /** The record has already moved on. */
    public static CaseFileRefused moved(String field, String reason) {
        return new CaseFileRefused(Kind.CONFLICT, reason, List.of(new Problem(field, reason)));
    }
}
