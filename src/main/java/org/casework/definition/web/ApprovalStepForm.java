package org.casework.definition.web;

import java.util.List;
import java.util.Map;
import org.casework.definition.ProcessDefinition;
import org.casework.definition.Step;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * An approval: who decides (one officer, anyone in a team, or everyone on a list, chosen by {@code approvalBy} with
 * only that way's input drawn), the target, and where approval and rejection lead.
 */
@Component
@Order(8)
class ApprovalStepForm implements StepForm {

    static final List<Choice> WAYS = List.of(
            new Choice("approver", "One officer"),
            new Choice("team", "Anyone in a team"),
            new Choice("approvers", "Everyone on a list"));

    @Override
    public String kind() {
        return "approval";
    }

    @Override
    public String title() {
        return "Approval";
    }

    @Override
    public String hint() {
        return "An officer, anyone in a team, or everyone on a list approves or rejects, and the case goes one way"
                + " or the other.";
    }

    @Override
    public boolean edits(Step step) {
        return step instanceof Step.Approval;
    }

    @Override
    public Step blank(StepBasics basics) {
        return new Step.Approval(basics.key(), basics.name(), basics.stage(), "", null, null, null, null, null);
    }

    /**
     * The chosen way's input only; left blank it is kept as blank (rather than none) so the way stays chosen and the
     * validator's "blank approver" lands beside the input.
     */
    @Override
    public Step bind(
            StepBasics basics, FormValues form, Edit edit, ProcessDefinition definition, Map<String, String> errors) {
        var way = form.text("approvalBy");
        String approver = null;
        String team = null;
        List<String> approvers = null;
        switch (way == null ? "approver" : way) {
            case "team" -> team = orBlank(form.text("team"));
            case "approvers" -> {
                approvers = form.lines("approvers");
                if (approvers.isEmpty()) approvers = List.of("");
            }
            default -> approver = orBlank(form.text("approver"));
        }
        return new Step.Approval(
                basics.key(),
                basics.name(),
                basics.stage(),
                approver,
                team,
                approvers,
                form.integer("targetWorkingDays", errors, "The target"),
                form.text("approved"),
                form.text("rejected"));
    }

    private static String orBlank(String text) {
        return text == null ? "" : text;
    }

    @Override
    public void show(Step step, ProcessDefinition definition, Map<String, Object> model) {
        var approval = (Step.Approval) step;
        model.put("approvalWays", WAYS);
        model.put("approvalBy", way(approval));
        model.put("approverLines", String.join("\n", approval.approvers()));
    }

    private static String way(Step.Approval approval) {
        if (approval.team() != null) return "team";
        if (!approval.approvers().isEmpty()) return "approvers";
        return "approver";
    }

    @Override
    public List<String> anchors(Step step, ProcessDefinition definition) {
        return List.of("approvalBy", "approver", "team", "approvers", "targetWorkingDays", "approved", "rejected");
    }
}
