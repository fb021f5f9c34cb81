package org.casework.notification;

import java.util.List;

/** A template that cannot be saved as written; each problem names its field. Nothing was saved. */
public class TemplateInvalid extends RuntimeException {

    private final List<FieldProblem> problems;

    public TemplateInvalid(List<FieldProblem> problems) {
        super("The template cannot be saved: "
                + String.join("; ", problems.stream().map(FieldProblem::reason).toList()));
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
