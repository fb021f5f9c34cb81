package org.casework.definition.web;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.casework.definition.Action;
import org.casework.definition.FieldDefinition;
import org.casework.definition.OnlineForm;
import org.casework.definition.ProcessDefinition;
import org.casework.definition.Sla;
import org.casework.definition.StageDefinition;
import org.casework.definition.Step;

/**
 * A copy of a definition with one part changed: definitions are immutable records, so every edit makes a new one.
 * Each copy names every component, the mode too, so an edit never quietly drops a part the page does not show.
 */
final class Redraft {

    private Redraft() {}

    static ProcessDefinition details(
            ProcessDefinition d,
            String name,
            String description,
            String category,
            String lgslCode,
            String department,
            String referencePrefix,
            String start,
            String mode) {
        return new ProcessDefinition(
                d.key(),
                name,
                description,
                category,
                lgslCode,
                department,
                referencePrefix,
                d.fields(),
                d.stages(),
                start,
                d.steps(),
                d.actions(),
                d.sla(),
                d.retentionDays(),
                d.form(),
                mode);
    }

    static ProcessDefinition fields(ProcessDefinition d, List<FieldDefinition> fields) {
        return new ProcessDefinition(
                d.key(),
                d.name(),
                d.description(),
                d.category(),
                d.lgslCode(),
                d.department(),
                d.referencePrefix(),
                fields,
                d.stages(),
                d.start(),
                d.steps(),
                d.actions(),
                d.sla(),
                d.retentionDays(),
                d.form(),
                d.mode());
    }

    static ProcessDefinition stages(ProcessDefinition d, List<StageDefinition> stages) {
        return new ProcessDefinition(
                d.key(),
                d.name(),
                d.description(),
                d.category(),
                d.lgslCode(),
                d.department(),
                d.referencePrefix(),
                d.fields(),
                stages,
                d.start(),
                d.steps(),
                d.actions(),
                d.sla(),
                d.retentionDays(),
                d.form(),
                d.mode());
    }

    /** The steps changed; the first step becomes the start when the process had none. */
    static ProcessDefinition steps(ProcessDefinition d, List<Step> steps) {
        var start = d.start() == null && !steps.isEmpty() ? steps.getFirst().key() : d.start();
        return new ProcessDefinition(
                d.key(),
                d.name(),
                d.description(),
                d.category(),
                d.lgslCode(),
                d.department(),
                d.referencePrefix(),
                d.fields(),
                d.stages(),
                start,
                steps,
                d.actions(),
                d.sla(),
                d.retentionDays(),
                d.form(),
                d.mode());
    }

    static ProcessDefinition actions(ProcessDefinition d, List<Action> actions) {
        return new ProcessDefinition(
                d.key(),
                d.name(),
                d.description(),
                d.category(),
                d.lgslCode(),
                d.department(),
                d.referencePrefix(),
                d.fields(),
                d.stages(),
                d.start(),
                d.steps(),
                actions,
                d.sla(),
                d.retentionDays(),
                d.form(),
                d.mode());
    }

    static ProcessDefinition serviceLevel(ProcessDefinition d, Sla sla, Integer retentionDays) {
        return new ProcessDefinition(
                d.key(),
                d.name(),
                d.description(),
                d.category(),
                d.lgslCode(),
                d.department(),
                d.referencePrefix(),
                d.fields(),
                d.stages(),
                d.start(),
                d.steps(),
                d.actions(),
                sla,
                retentionDays,
                d.form(),
                d.mode());
    }

    static ProcessDefinition form(ProcessDefinition d, OnlineForm form) {
        return new ProcessDefinition(
                d.key(),
                d.name(),
                d.description(),
                d.category(),
                d.lgslCode(),
                d.department(),
                d.referencePrefix(),
                d.fields(),
                d.stages(),
                d.start(),
                d.steps(),
                d.actions(),
                d.sla(),
                d.retentionDays(),
                form,
                d.mode());
    }

    /**
     * The list with the item at {@code index} replaced, or added at the end when {@code index} is -1; {@code null}
     * as the item removes it.
     */
    static <T> List<T> put(List<T> items, int index, T item) {
        var changed = new ArrayList<>(items);
        if (index < 0) {
            if (item != null) changed.add(item);
        } else if (item == null) {
            changed.remove(index);
        } else {
            changed.set(index, item);
        }
        return changed;
    }

    static <T> List<T> map(List<T> items, UnaryOperator<T> change) {
        return items.stream().map(change).toList();
    }
}
