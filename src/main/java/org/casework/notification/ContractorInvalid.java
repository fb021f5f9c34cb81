package org.casework.notification;

import java.util.List;

/** A contractor that cannot be saved as written; each problem names its field. Nothing was saved. */
public class ContractorInvalid extends RuntimeException {

    private final List<FieldProblem> problems;

    public ContractorInvalid(List<FieldProblem> problems) {
        super("The contractor cannot be saved: "
                + String.join("; ", problems.stream().map(FieldProblem::reason).toList()));
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
