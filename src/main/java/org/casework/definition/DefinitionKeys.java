package org.casework.definition;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A definition's fields, stages and steps by key, for validation. Unlike the lookups on {@link ProcessDefinition} it
 * copes with the gaps validation exists to find: an element without a key is left out, and when a key is used twice
 * the first one wins (the second is reported as a duplicate).
 */
final class DefinitionKeys {

    private final Map<String, FieldDefinition> fields = new LinkedHashMap<>();
    private final Map<String, StageDefinition> stages = new LinkedHashMap<>();
    private final Map<String, Step> steps = new LinkedHashMap<>();

    DefinitionKeys(ProcessDefinition definition) {
        definition.fields().forEach(f -> putFirst(fields, f.key(), f));
        definition.stages().forEach(s -> putFirst(stages, s.key(), s));
        definition.steps().forEach(s -> putFirst(steps, s.key(), s));
    }

    private static <T> void putFirst(Map<String, T> map, String key, T value) {
        if (key != null) map.putIfAbsent(key, value);
    }

    Optional<FieldDefinition> field(String key) {
        return Optional.ofNullable(key == null ? null : fields.get(key));
    }

    Optional<StageDefinition> stage(String key) {
        return Optional.ofNullable(key == null ? null : stages.get(key));
    }

    Optional<Step> step(String key) {
        return Optional.ofNullable(key == null ? null : steps.get(key));
    }
}
