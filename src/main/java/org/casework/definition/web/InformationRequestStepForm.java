package org.casework.definition.web;

import java.util.List;
import java.util.Map;
import org.casework.definition.ProcessDefinition;
import org.casework.definition.Step;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** An information request: asks the citizen for something and waits for their reply. */
@Component
@Order(5)
class InformationRequestStepForm implements StepForm {

    @Override
    public String kind() {
        return "information-request";
    }

    @Override
    public String title() {
        return "Information request";
    }

    @Override
    public String hint() {
        return "Asks the citizen for information or documents and waits for their reply.";
    }

    @Override
    public boolean edits(Step step) {
        return step instanceof Step.InformationRequest;
    }

    @Override
    public Step blank(StepBasics basics) {
        return new Step.InformationRequest(basics.key(), basics.name(), basics.stage(), null, null, null, null, null);
    }

    @Override
    public Step bind(
            StepBasics basics, FormValues form, Edit edit, ProcessDefinition definition, Map<String, String> errors) {
        return new Step.InformationRequest(
                basics.key(),
                basics.name(),
                basics.stage(),
                form.text("message"),
                form.lines("documents"),
                form.integer("replyWithinWorkingDays", errors, "The time to reply"),
                form.text("next"),
                form.text("overdue"));
    }

    @Override
    public void show(Step step, ProcessDefinition definition, Map<String, Object> model) {
        model.put("documentLines", String.join("\n", ((Step.InformationRequest) step).documents()));
    }

    @Override
    public List<String> anchors(Step step, ProcessDefinition definition) {
        return List.of("message", "documents", "replyWithinWorkingDays", "next", "overdue");
    }
}
