package org.casework.definition;

import java.util.List;

/** A draft cannot be published until these problems are fixed. */
public class DefinitionInvalid extends RuntimeException {

    private final List<ValidationProblem> problems;

    public DefinitionInvalid(List<ValidationProblem> problems) {
        super("The process has " + problems.size() + " problem(s): "
                + problems.getFirst().message());
        this.problems = List.copyOf(problems);
    }

    public List<ValidationProblem> problems() {
        return problems;
    }
}
