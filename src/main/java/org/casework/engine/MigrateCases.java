package org.casework.engine;

import java.util.List;
import java.util.Map;

/**
 * Moving a process's active cases to its published version {@code toVersion}. {@code steps} maps a step of the old
 * versions to the step of the new one where its cases should wait instead (a step that is gone, or one the
 * administrator wants them to do again); {@code only}, when not empty, limits the move to those cases.
 */
public record MigrateCases(String process, int toVersion, Map<String, String> steps, List<CaseId> only, String actor) {
    public MigrateCases {
        steps = steps == null ? Map.of() : Map.copyOf(steps);
        only = only == null ? List.of() : List.copyOf(only);
    }
}
