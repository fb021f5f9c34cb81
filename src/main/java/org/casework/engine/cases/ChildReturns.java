package org.casework.engine.cases;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.casework.definition.CaseDataValidation;
import org.casework.definition.ProcessDefinition;
import org.casework.definition.Step;
import org.springframework.stereotype.Component;

/**
 * What an ended child hands back to its parent: the fields its sub-process entry {@code returns} and its outcome in
 * the {@code outcomeField}. An answer the parent's field would refuse (a child's text where the parent holds a
 * number, an outcome that is not one of a choice's options) is left out rather than failing the child's ending: the
 * child has ended either way, and its page still shows what it holds.
 */
@Component
class ChildReturns {

    private final CaseRows cases;
    private final CaseDataValidation validation;

    ChildReturns(CaseRows cases, CaseDataValidation validation) {
        this.cases = cases;
        this.validation = validation;
    }

    /** The values the children hand back to the parent, later children's over earlier ones'. */
    Map<String, Object> of(ProcessDefinition parent, List<ChildCaseRows.Link> links) {
        var values = new LinkedHashMap<String, Object>();
        for (var link : links) {
            var entry = entryOf(parent, link);
            if (entry == null) continue;
            var child = cases.find(link.view().child()).orElse(null);
            if (child == null) continue;
            entry.returns().forEach((parentField, childField) -> {
                var value = child.data().get(childField);
                if (value != null) values.put(parentField, value);
            });
            if (entry.outcomeField() != null && link.view().outcome() != null) {
                values.put(entry.outcomeField(), link.view().outcome());
            }
        }
        var kept = new LinkedHashMap<String, Object>();
        values.forEach((key, value) -> parent.field(key).ifPresent(field -> {
            if (validation.check(List.of(field), Map.of(key, value), List.of()).isEmpty()) {
                kept.putAll(validation.normalise(List.of(field), Map.of(key, value)));
            }
        }));
        return kept;
    }

    private static Step.ChildProcess entryOf(ProcessDefinition parent, ChildCaseRows.Link link) {
        if (link.entry() == null || link.view().step() == null) return null;
        if (!(parent.step(link.view().step()).orElse(null) instanceof Step.SubProcess step)) return null;
        return link.entry() < step.processes().size() ? step.processes().get(link.entry()) : null;
    }
}
