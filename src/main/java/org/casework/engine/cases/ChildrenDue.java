package org.casework.engine.cases;

import org.casework.definition.Step;

/**
 * The case entered a sub-process step at this visit: its children are to be started, in the move's transaction.
 * Published by {@link EffectWriter} and carried out by {@link SubProcesses}, which needs the engine's start and so
 * cannot be one of the writer's own collaborators.
 */
record ChildrenDue(CaseRow parent, Step.SubProcess step, int token, String actor) {}
