package org.casework.definition;

import java.util.List;
import java.util.Map;

/**
 * Checks the values an automatic step or an action writes into case fields: the fields exist and each value is one
 * the field would accept from a form, so the engine never stores what a person could not have entered.
 */
final class AssignmentRules {

    private final DefinitionKeys definition;
    private final CaseDataValidation caseData = new CaseDataValidation();

    AssignmentRules(DefinitionKeys definition) {
        this.definition = definition;
    }

    void check(Map<String, Object> set, DocumentPath path, String where, Problems problems) {
        set.keySet().stream().sorted().forEach(key -> {
            var at = path.property(key);
            var field = definition.field(key);
            if (field.isEmpty()) {
                problems.add(at, where + " sets field '" + key + "', which does not exist");
                return;
            }
            var value = set.get(key);
            for (var refused : caseData.check(List.of(field.get()), Map.of(key, value), List.of())) {
                problems.add(at, where + " sets field '" + key + "' to '" + value + "', but it " + refused.reason());
            }
        });
    }
}
