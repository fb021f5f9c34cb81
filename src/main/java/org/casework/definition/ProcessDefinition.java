package org.casework.definition;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Optional;

/**
 * A process as its author wrote it: the document behind one version. Immutable; lookups by key are linear because
 * definitions are small (tens of steps) and a {@link ProcessVersion} indexes them once for the engine. {@code
 * department} (optional) is the code of the council department whose lookup values its cases' files are offered.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ProcessDefinition(
        String key,
        String name,
        String description,
        String category,
        String lgslCode,
        String department,
        String referencePrefix,
        List<FieldDefinition> fields,
        List<StageDefinition> stages,
        String start,
        List<Step> steps,
        List<Action> actions,
        Sla sla,
        Integer retentionDays,
        OnlineForm form) {

    /** Used when a definition does not choose its own reference prefix. */
    public static final String DEFAULT_REFERENCE_PREFIX = "CW";

    public ProcessDefinition {
        fields = fields == null ? List.of() : List.copyOf(fields);
        stages = stages == null ? List.of() : List.copyOf(stages);
        steps = steps == null ? List.of() : List.copyOf(steps);
        actions = actions == null ? List.of() : List.copyOf(actions);
    }

    public Optional<Step> step(String stepKey) {
        return steps.stream().filter(s -> s.key().equals(stepKey)).findFirst();
    }

    public Optional<FieldDefinition> field(String fieldKey) {
        return fields.stream().filter(f -> f.key().equals(fieldKey)).findFirst();
    }

    public Optional<StageDefinition> stage(String stageKey) {
        return stages.stream().filter(s -> s.key().equals(stageKey)).findFirst();
    }

    public String referencePrefixOrDefault() {
        return referencePrefix == null || referencePrefix.isBlank() ? DEFAULT_REFERENCE_PREFIX : referencePrefix;
    }
}
