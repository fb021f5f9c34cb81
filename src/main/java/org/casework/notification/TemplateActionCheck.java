package org.casework.notification;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import org.casework.definition.Action;
import org.casework.definition.ActionCheck;
import org.casework.definition.FieldDefinition;
import org.casework.definition.ProcessDefinition;
import org.casework.definition.ValidationProblem;
import org.springframework.stereotype.Component;

/**
 * Checked when a process is published: each {@code notify} action sends a template that exists and uses only the
 * case's details and this process's own fields, and a contractor it tells is on the council's list. Otherwise the
 * message would go out with blanks, or not at all, on every case.
 */
@Component
class TemplateActionCheck implements ActionCheck {

    private final Templates templates;
    private final Contractors contractors;

    TemplateActionCheck(Templates templates, Contractors contractors) {
        this.templates = templates;
        this.contractors = contractors;
    }

    @Override
    public List<ValidationProblem> check(ProcessDefinition definition) {
        var problems = new ArrayList<ValidationProblem>();
        var fields = new HashSet<String>();
        for (FieldDefinition field : definition.fields()) fields.add(field.key());
        for (int i = 0; i < definition.actions().size(); i++) {
            if (!(definition.actions().get(i) instanceof Action.Notify notify)) continue;
            var path = "$.actions[" + i + "]";
            var name = "Action " + (i + 1);
            if (notify.template() != null && !notify.template().isBlank()) {
                var template = templates.find(notify.template());
                if (template.isEmpty()) {
                    problems.add(new ValidationProblem(
                            path + ".template",
                            name + " sends template '" + notify.template() + "', which does not exist: create it"
                                    + " first, or use the key of one that does"));
                } else {
                    for (var placeholder : placeholders(template.get())) {
                        if (CaseValues.CASE_DETAILS.contains(placeholder) || fields.contains(placeholder)) continue;
                        problems.add(new ValidationProblem(
                                path + ".template",
                                name + " sends template '" + notify.template() + "', which uses ((" + placeholder
                                        + ")), but this process has no field '" + placeholder + "'"));
                    }
                }
            }
            if (notify.to() == Action.Recipient.CONTRACTOR
                    && notify.contractor() != null
                    && contractors.find(notify.contractor()).isEmpty())
                problems.add(new ValidationProblem(
                        path + ".contractor",
                        name + " tells contractor '" + notify.contractor() + "', who is not on the list of"
                                + " contractors: add them first"));
        }
        return problems;
    }

    private static LinkedHashSet<String> placeholders(NotificationTemplate template) {
        var found = new LinkedHashSet<String>();
        found.addAll(TemplateText.placeholders(template.emailSubject()));
        found.addAll(TemplateText.placeholders(template.emailBody()));
        found.addAll(TemplateText.placeholders(template.smsBody()));
        return found;
    }
}
