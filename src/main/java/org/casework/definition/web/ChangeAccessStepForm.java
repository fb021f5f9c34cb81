package org.casework.definition.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.casework.definition.ProcessDefinition;
import org.casework.definition.Step;
import org.casework.identity.Role;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** A change of access: the teams (one a line) and roles (ticked) that may see and work the case from here on. */
@Component
@Order(11)
class ChangeAccessStepForm implements StepForm {

    @Override
    public String kind() {
        return "change-access";
    }

    @Override
    public String title() {
        return "Change access";
    }

    @Override
    public String hint() {
        return "From here on only the teams and roles named (and administrators) may see and work the case.";
    }

    @Override
    public boolean edits(Step step) {
        return step instanceof Step.ChangeAccess;
    }

    @Override
    public Step blank(StepBasics basics) {
        return new Step.ChangeAccess(basics.key(), basics.name(), basics.stage(), null, null, null);
    }

    @Override
    public Step bind(
            StepBasics basics, FormValues form, Edit edit, ProcessDefinition definition, Map<String, String> errors) {
        return new Step.ChangeAccess(
                basics.key(), basics.name(), basics.stage(), form.lines("teams"), form.all("roles"), form.text("next"));
    }

    @Override
    public void show(Step step, ProcessDefinition definition, Map<String, Object> model) {
        model.put("teamLines", String.join("\n", ((Step.ChangeAccess) step).teams()));
        model.put("roleChoices", roles());
    }

    /** Every role staff can hold, as its name in definitions (TEAM_LEAD) and in words (Team lead). */
    static List<Choice> roles() {
        return Arrays.stream(Role.values())
                .map(role -> {
                    var words = role.name().replace('_', ' ').toLowerCase(Locale.ROOT);
                    return new Choice(role.name(), Character.toUpperCase(words.charAt(0)) + words.substring(1));
                })
                .toList();
    }

    @Override
    public List<String> anchors(Step step, ProcessDefinition definition) {
        return List.of("teams", "roles", "next");
    }
}
