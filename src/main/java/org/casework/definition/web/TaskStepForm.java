package org.casework.definition.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.casework.definition.FieldType;
import org.casework.definition.ProcessDefinition;
import org.casework.definition.Step;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** A task for an officer or team: who gets it, which fields they see and must fill in, and where it leads. */
@Component
@Order(1)
class TaskStepForm implements StepForm {

    @Override
    public String kind() {
        return "task";
    }

    @Override
    public String title() {
        return "Task";
    }

    @Override
    public String hint() {
        return "Work for an officer or a team: they see and fill in fields, then complete it.";
    }

    @Override
    public boolean edits(Step step) {
        return step instanceof Step.Task;
    }

    @Override
    public Step blank(StepBasics basics) {
        return new Step.Task(basics.key(), basics.name(), basics.stage(), null, null, null, null, null, null);
    }

    @Override
    public Step bind(
            StepBasics basics, FormValues form, Edit edit, ProcessDefinition definition, Map<String, String> errors) {
        var allocation = AllocationForm.read(form, edit, new ConditionForm(definition));
        // A mandatory field is one the officer is shown, so ticking it as mandatory shows it too.
        var shown = new ArrayList<>(form.all("fields"));
        for (var mandatory : form.all("mandatory")) if (!shown.contains(mandatory)) shown.add(mandatory);
        return new Step.Task(
                basics.key(),
                basics.name(),
                basics.stage(),
                allocation,
                shown,
                form.all("mandatory"),
                form.text("decision"),
                form.integer("targetWorkingDays", errors, "The target"),
                form.text("next"));
    }

    @Override
    public void show(Step step, ProcessDefinition definition, Map<String, Object> model) {
        var task = (Step.Task) step;
        model.put("allocation", AllocationForm.view(task.allocation(), new ConditionForm(definition)));
        model.put("allocationKinds", AllocationForm.KINDS);
        model.put("decisionChoices", Choices.fields(definition, field -> field.type() == FieldType.CHOICE));
    }

    @Override
    public List<String> anchors(Step step, ProcessDefinition definition) {
        var task = (Step.Task) step;
        var anchors = new ArrayList<>(List.of("fields", "mandatory", "decision", "targetWorkingDays", "next"));
        anchors.addAll(AllocationForm.anchors(AllocationForm.view(task.allocation(), new ConditionForm(definition))));
        return anchors;
    }
}
