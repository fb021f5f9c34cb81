package org.casework.definition.web;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import org.casework.definition.FieldType;
import org.casework.definition.ProcessDefinition;
import org.casework.definition.Step;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** A timer: waits a duration, a number of working days, or until a date held in a field. */
@Component
@Order(4)
class TimerStepForm implements StepForm {

    @Override
    public String kind() {
        return "timer";
    }

    @Override
    public String title() {
        return "Timer";
    }

    @Override
    public String hint() {
        return "Waits for a time, a number of working days, or until a date in a field, then moves on.";
    }

    @Override
    public boolean edits(Step step) {
        return step instanceof Step.Timer;
    }

    @Override
    public Step blank(StepBasics basics) {
        return new Step.Timer(basics.key(), basics.name(), basics.stage(), null, null, null, null);
    }

    @Override
    public Step bind(
            StepBasics basics, FormValues form, Edit edit, ProcessDefinition definition, Map<String, String> errors) {
        Duration after = null;
        var typed = form.text("after");
        if (typed != null) {
            try {
                after = Duration.parse(typed.toUpperCase());
            } catch (DateTimeParseException notADuration) {
                errors.put("after", "Enter the time to wait as PT2H for 2 hours or P3D for 3 days");
            }
        }
        return new Step.Timer(
                basics.key(),
                basics.name(),
                basics.stage(),
                after,
                form.integer("workingDays", errors, "The number of working days"),
                form.text("untilField"),
                form.text("next"));
    }

    @Override
    public void show(Step step, ProcessDefinition definition, Map<String, Object> model) {
        var timer = (Step.Timer) step;
        model.put("after", timer.after() == null ? null : timer.after().toString());
        model.put("dateFieldChoices", Choices.fields(definition, field -> field.type() == FieldType.DATE));
    }

    @Override
    public List<String> anchors(Step step, ProcessDefinition definition) {
        return List.of("after", "workingDays", "untilField", "next");
    }
}
