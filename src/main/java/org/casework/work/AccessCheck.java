package org.casework.work;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.casework.definition.ActionCheck;
import org.casework.definition.ProcessDefinition;
import org.casework.definition.Step;
import org.casework.definition.ValidationProblem;
import org.casework.identity.Role;
import org.casework.identity.Staff;
import org.springframework.stereotype.Component;

/**
 * Checked when a process is published: a change-access step names teams that exist and roles staff can hold, or the
 * case would be closed to everyone it means to let in.
 */
@Component
class AccessCheck implements ActionCheck {

    private final Staff staff;

    AccessCheck(Staff staff) {
        this.staff = staff;
    }

    @Override
    public List<ValidationProblem> check(ProcessDefinition definition) {
        var problems = new ArrayList<ValidationProblem>();
        var roles = Arrays.stream(Role.values()).map(Enum::name).toList();
        for (int i = 0; i < definition.steps().size(); i++) {
            if (!(definition.steps().get(i) instanceof Step.ChangeAccess step)) continue;
            var path = "$.steps[" + i + "]";
            var name = "Change-access step '" + step.key() + "'";
            for (int j = 0; j < step.teams().size(); j++) {
                var team = step.teams().get(j);
                if (team != null && !team.isBlank() && !staff.teamExists(team))
                    problems.add(new ValidationProblem(
                            path + ".teams[" + j + "]", name + " names team '" + team + "', which does not exist"));
            }
            for (int j = 0; j < step.roles().size(); j++) {
                var role = step.roles().get(j);
                if (role != null && !role.isBlank() && !roles.contains(role))
                    problems.add(new ValidationProblem(
                            path + ".roles[" + j + "]",
                            name + " names role '" + role + "', which is not one of: " + String.join(", ", roles)));
            }
        }
        return problems;
    }
}
