package org.casework.definition.web;

import java.util.List;
import java.util.function.Predicate;
import org.casework.definition.FieldDefinition;
import org.casework.definition.ProcessDefinition;
import org.casework.definition.Step;

/** The draft's fields, stages and steps as options to pick from. */
final class Choices {

    private Choices() {}

    static List<Choice> fields(ProcessDefinition definition) {
        return fields(definition, field -> true);
    }

    static List<Choice> fields(ProcessDefinition definition, Predicate<FieldDefinition> which) {
        return definition.fields().stream()
                .filter(field -> field.key() != null && which.test(field))
                .map(field -> new Choice(field.key(), label(field.label(), field.key())))
                .toList();
    }

    static List<Choice> stages(ProcessDefinition definition) {
        return definition.stages().stream()
                .filter(stage -> stage.key() != null)
                .map(stage -> new Choice(stage.key(), label(stage.name(), stage.key())))
                .toList();
    }

    /** Every step but {@code except} (a step does not lead to itself). */
    static List<Choice> steps(ProcessDefinition definition, String except) {
        return definition.steps().stream()
                .filter(step -> step.key() != null && !step.key().equals(except))
                .map(step -> new Choice(step.key(), name(step)))
                .toList();
    }

    static String name(Step step) {
        return label(step.name(), step.key());
    }

    private static String label(String name, String key) {
        return name == null || name.isBlank() || name.equals(key) ? key : name + " (" + key + ")";
    }
}
