package org.casework.work.tasks;

import java.util.ArrayList;
import java.util.List;
import org.casework.definition.ActionCheck;
import org.casework.definition.ProcessDefinition;
import org.casework.definition.Step;
import org.casework.definition.ValidationProblem;
import org.casework.identity.Staff;
import org.springframework.stereotype.Component;

/**
 * Checked when a process is published: the officers and team an approval step names exist, so an approval never
 * waits on somebody who cannot see it. (A task's allocation is checked for its shape only: its queue may be set up
 * after the process.)
 */
@Component
class ApproverCheck implements ActionCheck {

    private final Staff staff;

    ApproverCheck(Staff staff) {
        this.staff = staff;
    }

    @Override
    public List<ValidationProblem> check(ProcessDefinition definition) {
        var problems = new ArrayList<ValidationProblem>();
        for (int i = 0; i < definition.steps().size(); i++) {
            if (!(definition.steps().get(i) instanceof Step.Approval approval)) continue;
            var path = "$.steps[" + i + "]";
            var name = "Approval '" + approval.key() + "'";
            if (approval.approver() != null && !approval.approver().isBlank() && !canWork(approval.approver())) {
                problems.add(new ValidationProblem(
                        path + ".approver",
                        name + " names '" + approval.approver() + "', who is not a member of staff who can work"));
            }
            if (approval.team() != null && !approval.team().isBlank() && !staff.teamExists(approval.team())) {
                problems.add(new ValidationProblem(
                        path + ".team", name + " names team '" + approval.team() + "', which does not exist"));
            }
            for (int j = 0; j < approval.approvers().size(); j++) {
                var approver = approval.approvers().get(j);
                if (approver != null && !approver.isBlank() && !canWork(approver)) {
                    problems.add(new ValidationProblem(
                            path + ".approvers[" + j + "]",
                            name + " lists '" + approver + "', who is not a member of staff who can work"));
                }
            }
        }
        return problems;
    }

    private boolean canWork(String username) {
        return staff.principal(username).isPresent();
    }
}
