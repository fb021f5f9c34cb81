package org.casework.engine;

import java.util.List;
import org.casework.definition.CaseDataValidation;

/** Data given to start or move a case broke the process's field rules; nothing was written. */
public class InvalidCaseData extends RuntimeException {

    private final List<CaseDataValidation.FieldProblem> problems;

    public InvalidCaseData(List<CaseDataValidation.FieldProblem> problems) {
        super("The case data has " + problems.size() + " problem(s)");
        this.problems = List.copyOf(problems);
    }

    public List<CaseDataValidation.FieldProblem> problems() {
        return problems;
    }
}
