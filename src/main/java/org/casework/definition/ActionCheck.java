package org.casework.definition;

import java.util.List;

/**
 * A check on a definition's actions (or steps) that needs what another module owns, such as whether the template a {@code
 * notify} action sends exists. {@link DefinitionValidator} asks every such bean when it validates, so a definition
 * that names something missing is refused at publishing rather than failing on a case.
 */
public interface ActionCheck {

    /** Every problem with the definition's actions this check knows of, each with its JSON path; empty if none. */
    List<ValidationProblem> check(ProcessDefinition definition);
}
