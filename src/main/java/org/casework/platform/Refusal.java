package org.casework.platform;

import java.util.List;

/**
 * A request refused for a reason the caller should hear in words: what was not found, which rule the input broke, or
 * which concurrent change it ran into, with each field at fault. The REST API answers every refusal with the same
 * problem shape and the pages show its problems in their error summary, so a module adding one needs no handler of
 * its own. Nothing was changed when one is thrown.
 */
public abstract class Refusal extends RuntimeException {

    /** What kind of refusal, which decides the HTTP status. */
    public enum Kind {
        NOT_FOUND(404, "not-found"),
        RULE_BROKEN(422, "rule-broken"),
        CONFLICT(409, "conflict");

        private final int status;
        private final String type;

        Kind(int status, String type) {
            this.status = status;
            this.type = type;
        }

        public int status() {
            return status;
        }

        /** The last part of the problem's type URI. */
        public String type() {
            return type;
        }
    }

    /** One thing wrong with the input: the field (as the API names it) and why, in words for an error message. */
    public record Problem(String field, String reason) {}

    private final Kind kind;
    private final List<Problem> problems;

    protected Refusal(Kind kind, String message, List<Problem> problems) {
        super(message);
        this.kind = kind;
        this.problems = List.copyOf(problems);
    }

    public Kind kind() {
        return kind;
    }

    public List<Problem> problems() {
        return problems;
    }

    /** The reason given for the field, if it is one of those at fault. */
    public String reasonFor(String field) {
        return problems.stream()
                .filter(problem -> problem.field().equals(field))
                .map(Problem::reason)
                .findFirst()
                .orElse(null);
    }
}
