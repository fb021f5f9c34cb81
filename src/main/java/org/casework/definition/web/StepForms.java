package org.casework.definition.web;

import java.util.List;
import java.util.Optional;
import org.casework.definition.Step;
import org.springframework.stereotype.Component;

/** Every kind of step the designer can edit, in the order they are offered. */
@Component
class StepForms {

    private final List<StepForm> forms;

    StepForms(List<StepForm> forms) {
        this.forms = forms;
    }

    List<StepForm> all() {
        return forms;
    }

    Optional<StepForm> of(String kind) {
        return forms.stream().filter(form -> form.kind().equals(kind)).findFirst();
    }

    /** The form for the step; none for a kind the designer cannot edit yet. */
    Optional<StepForm> of(Step step) {
        return forms.stream().filter(form -> form.edits(step)).findFirst();
    }
}
