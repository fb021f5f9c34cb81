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
        OnlineForm form,
        String mode) {

    /** Used when a definition does not choose its own reference prefix. */
    public static final String DEFAULT_REFERENCE_PREFIX = "CW";

    /** In a restricted process (the default) stages run in order; an officer may not move the case between them. */
    public static final String RESTRICTED = "restricted";

    /** In a flexible process an officer may move a case to any stage. */
    public static final String FLEXIBLE = "flexible";

    public ProcessDefinition {
        fields = fields == null ? List.of() : List.copyOf(fields);
        stages = stages == null ? List.of() : List.copyOf(stages);
        steps = steps == null ? List.of() : List.copyOf(steps);
        actions = actions == null ? List.of() : List.copyOf(actions);
    }

    /** A restricted process, as written before processes had a mode. */
    public ProcessDefinition(
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
        this(
                key,
                name,
                description,
                category,
                lgslCode,
                department,
                referencePrefix,
                fields,
                stages,
                start,
                steps,
                actions,
                sla,
                retentionDays,
                form,
                null);
    }

    /** Whether an officer may move the case to any stage ({@code "mode": "flexible"}). */
    public boolean flexible() {
        return FLEXIBLE.equals(mode);
    }

    /**
     * Where a case moved to the stage starts: the stage's first step in the order the definition lists its steps.
     */
    public Optional<Step> entryOf(String stageKey) {
        return steps.stream().filter(s -> stageKey.equals(s.stage())).findFirst();
    }

    // Plain loops, not streams: the engine asks for steps, fields and stages by key several times per move.
    public Optional<Step> step(String stepKey) {
        for (var step : steps) {
            if (step.key().equals(stepKey)) return Optional.of(step);
        }
        return Optional.empty();
    }

    public Optional<FieldDefinition> field(String fieldKey) {
        for (var field : fields) {
            if (field.key().equals(fieldKey)) return Optional.of(field);
        }
        return Optional.empty();
    }

    public Optional<StageDefinition> stage(String stageKey) {
        for (var stage : stages) {
            if (stage.key().equals(stageKey)) return Optional.of(stage);
        }
        return Optional.empty();
    }

    /** Whether any of the process's actions run on {@code event}; when none do, the event needs nothing done. */
    public boolean reactsTo(Action.Event event) {
        for (var action : actions) {
            if (action.on() == event) return true;
        }
        return false;
    }

    public String referencePrefixOrDefault() {
        return referencePrefix == null || referencePrefix.isBlank() ? DEFAULT_REFERENCE_PREFIX : referencePrefix;
    }
}
