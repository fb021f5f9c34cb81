package org.casework.definition.web;

import java.util.List;
import java.util.Map;
import org.casework.definition.ProcessDefinition;
import org.casework.definition.Step;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** An end: closes the case with an outcome. */
@Component
@Order(6)
class EndStepForm implements StepForm {

    @Override
    public String kind() {
        return "end";
    }

    @Override
    public String title() {
        return "End";
    }

    @Override
    public String hint() {
        return "Closes the case with an outcome, such as resolved or refused.";
    }

    @Override
    public boolean edits(Step step) {
        return step instanceof Step.End;
    }

    @Override
    public Step blank(StepBasics basics) {
        return new Step.End(basics.key(), basics.name(), basics.stage(), null);
    }

    @Override
    public Step bind(
            StepBasics basics, FormValues form, Edit edit, ProcessDefinition definition, Map<String, String> errors) {
        return new Step.End(basics.key(), basics.name(), basics.stage(), form.text("outcome"));
    }

    @Override
    public void show(Step step, ProcessDefinition definition, Map<String, Object> model) {}

    @Override
    public List<String> anchors(Step step, ProcessDefinition definition) {
        return List.of("outcome");
    }
}
