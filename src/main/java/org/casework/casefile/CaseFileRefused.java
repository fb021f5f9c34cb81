package org.casework.casefile;

import java.util.List;
import org.casework.platform.Refusal;

/**
 * A change to a case file was refused: what was given breaks a rule (each field named), or the record has already
 * moved on (a demand resolved, a follow-up done or cancelled).
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

    /** The record has already moved on. */
    public static CaseFileRefused moved(String field, String reason) {
        return new CaseFileRefused(Kind.CONFLICT, reason, List.of(new Problem(field, reason)));
    }
}
