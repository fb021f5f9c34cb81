package org.casework.definition;

import static org.casework.definition.Problems.isBlank;

/**
 * Checks the steps that reach beyond the case itself, as far as the definition alone can tell: a sub-process step
 * names the processes it starts and maps only this process's fields; a change-access step says who may still see
 * the case. Whether the child processes, teams and roles exist is asked of the modules that own them through {@link
 * ActionCheck}s.
 */
final class SubProcessRules {

    private final DefinitionKeys definition;

    SubProcessRules(DefinitionKeys definition) {
        this.definition = definition;
    }

    void check(Step.SubProcess step, DocumentPath path, Problems problems) {
        var name = "Sub-process step '" + step.key() + "'";
        var processes = path.property("processes");
        if (step.processes().isEmpty()) {
            problems.add(processes, name + " starts no process: list at least one under 'processes'");
        }
        for (int i = 0; i < step.processes().size(); i++) {
            var child = step.processes().get(i);
            var at = processes.index(i);
            if (child == null || isBlank(child.process())) {
                problems.add(
                        at.property("process"), name + " does not say which process to start (entry " + (i + 1) + ")");
                continue;
            }
            var what = name + " starting '" + child.process() + "'";
            child.fields().forEach((childField, ourField) -> {
                if (definition.field(ourField).isEmpty())
                    problems.add(
                            at.property("fields").property(childField),
                            what + " copies field '" + ourField + "', which this process does not have");
            });
            child.returns().forEach((ourField, childField) -> {
                if (definition.field(ourField).isEmpty())
                    problems.add(
                            at.property("returns").property(ourField),
                            what + " returns into field '" + ourField + "', which this process does not have");
            });
            var outcome = child.outcomeField();
            if (outcome != null) {
                var field = definition.field(outcome);
                if (field.isEmpty()) {
                    problems.add(
                            at.property("outcomeField"),
                            what + " keeps the child's outcome in field '" + outcome
                                    + "', which this process does not have");
                } else if (field.get().type() != FieldType.TEXT && field.get().type() != FieldType.CHOICE) {
                    problems.add(
                            at.property("outcomeField"),
                            what + " keeps the child's outcome in field '" + outcome
                                    + "', which is not a text or choice field");
                }
            }
        }
    }

    void check(Step.ChangeAccess step, DocumentPath path, Problems problems) {
        var name = "Change-access step '" + step.key() + "'";
        if (step.teams().isEmpty() && step.roles().isEmpty()) {
            problems.add(
                    path.property("teams"),
                    name + " lets nobody work the case: list the teams or the roles that may see it from here on");
        }
        for (int i = 0; i < step.teams().size(); i++) {
            if (isBlank(step.teams().get(i)))
                problems.add(path.property("teams").index(i), name + " names a blank team");
        }
        for (int i = 0; i < step.roles().size(); i++) {
            if (isBlank(step.roles().get(i)))
                problems.add(path.property("roles").index(i), name + " names a blank role");
        }
    }

    /** A process is restricted or flexible; a flexible one needs a way into every stage an officer may pick. */
    static void checkMode(ProcessDefinition process, Problems problems) {
        var mode = process.mode();
        if (mode == null) return;
        if (!mode.equals(ProcessDefinition.RESTRICTED) && !mode.equals(ProcessDefinition.FLEXIBLE)) {
            problems.add(
                    DocumentPath.ROOT.property("mode"),
                    "The mode '" + mode + "' is not one of: restricted (stages in order) or flexible (officers may"
                            + " move a case to any stage)");
            return;
        }
        if (!process.flexible()) return;
        for (int i = 0; i < process.stages().size(); i++) {
            var stage = process.stages().get(i);
            if (stage.key() != null && process.entryOf(stage.key()).isEmpty()) {
                problems.add(
                        DocumentPath.ROOT.property("stages").index(i),
                        "Stage '" + stage.key() + "' has no steps, so a case cannot be moved to it: put a step in it");
            }
        }
    }
}
