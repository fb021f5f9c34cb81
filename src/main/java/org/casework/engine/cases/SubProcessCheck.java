package org.casework.engine.cases;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.casework.definition.ActionCheck;
import org.casework.definition.Definitions;
import org.casework.definition.ProcessDefinition;
import org.casework.definition.ProcessNotFound;
import org.casework.definition.Step;
import org.casework.definition.ValidationProblem;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Checked when a process is published: every process a sub-process step starts is published already, and the fields
 * the step copies into it and takes back from it are that process's own. Otherwise every case reaching the step would
 * fail there. A process may start itself (its own fields are checked against the definition being published).
 */
@Component
class SubProcessCheck implements ActionCheck {

    private final Definitions definitions;

    SubProcessCheck(@Lazy Definitions definitions) {
        this.definitions = definitions;
    }

    @Override
    public List<ValidationProblem> check(ProcessDefinition definition) {
        var problems = new ArrayList<ValidationProblem>();
        for (int i = 0; i < definition.steps().size(); i++) {
            if (!(definition.steps().get(i) instanceof Step.SubProcess step)) continue;
            for (int j = 0; j < step.processes().size(); j++) {
                var entry = step.processes().get(j);
                if (entry == null || entry.process() == null || entry.process().isBlank()) continue;
                var path = "$.steps[" + i + "].processes[" + j + "]";
                var name = "Sub-process step '" + step.key() + "'";
                var child =
                        entry.process().equals(definition.key()) ? Optional.of(definition) : published(entry.process());
                if (child.isEmpty()) {
                    problems.add(new ValidationProblem(
                            path + ".process",
                            name + " starts process '" + entry.process() + "', which is not published: publish it"
                                    + " first"));
                    continue;
                }
                var process = child.get();
                entry.fields().keySet().forEach(childField -> {
                    if (process.field(childField).isEmpty())
                        problems.add(new ValidationProblem(
                                path + ".fields." + childField,
                                name + " copies into field '" + childField + "', which process '" + entry.process()
                                        + "' does not have"));
                });
                entry.returns().forEach((ourField, childField) -> {
                    if (process.field(childField).isEmpty())
                        problems.add(new ValidationProblem(
                                path + ".returns." + ourField,
                                name + " takes back field '" + childField + "', which process '" + entry.process()
                                        + "' does not have"));
                });
            }
        }
        return problems;
    }

    private Optional<ProcessDefinition> published(String key) {
        try {
            return Optional.of(definitions.latest(key).definition());
        } catch (ProcessNotFound notPublished) {
            return Optional.empty();
        }
    }
}
