package org.casework.definition.web;

import java.util.List;
import java.util.Map;
import org.casework.definition.ProcessDefinition;
import org.casework.definition.Step;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** An automatic step: sets fields and moves straight on. */
@Component
@Order(2)
class AutomaticStepForm implements StepForm {

    @Override
    public String kind() {
        return "automatic";
    }

    @Override
    public String title() {
        return "Automatic";
    }

    @Override
    public String hint() {
        return "Sets fields (such as a status) and moves straight on, with nobody doing anything.";
    }

    @Override
    public boolean edits(Step step) {
        return step instanceof Step.Automatic;
    }

    @Override
    public Step blank(StepBasics basics) {
        return new Step.Automatic(basics.key(), basics.name(), basics.stage(), null, null);
    }

    @Override
    public Step bind(
            StepBasics basics, FormValues form, Edit edit, ProcessDefinition definition, Map<String, String> errors) {
        var set = Assignments.read(form, "set", errors);
        return new Step.Automatic(basics.key(), basics.name(), basics.stage(), set, form.text("next"));
    }

    @Override
    public void show(Step step, ProcessDefinition definition, Map<String, Object> model) {
        model.put("setLines", Assignments.show(((Step.Automatic) step).set()));
    }

    @Override
    public List<String> anchors(Step step, ProcessDefinition definition) {
        return List.of("set", "next");
    }
}
