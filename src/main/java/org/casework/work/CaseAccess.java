package org.casework.work;

import org.casework.engine.CaseNotFound;
import org.casework.engine.CaseQuery;
import org.casework.engine.CaseView;
import org.casework.engine.Cases;
import org.casework.identity.Permission;
import org.casework.identity.StaffPrincipal;
import org.casework.work.tasks.TaskRows;
import org.springframework.stereotype.Service;

/**
 * Who may see a case: administrators every case; anyone else the cases shared with one of their teams (every team
 * the case's work has gone to), the cases they started, and the cases whose work was given to them by name. Once a
 * change-access step has restricted a case, only members of the teams and holders of the roles it names (and
 * administrators) see it, whoever started it or worked on it before.
 */
@Service
public class CaseAccess {

    private final Cases cases;
    private final TaskRows tasks;

    CaseAccess(Cases cases, TaskRows tasks) {
        this.cases = cases;
        this.tasks = tasks;
    }

    public boolean maySee(CaseView view, StaffPrincipal who) {
        if (who.can(Permission.ADMINISTER)) return true;
        // A change-access step replaced every other way in: the teams and roles it names, and nobody else.
        var restriction = cases.restriction(view.id());
        if (restriction.isPresent()) return restriction.get().admits(who.teams(), roleNames(who));
        if (cases.isVisibleTo(view, who.teams(), who.username())) return true;
        return tasks.ofCase(view.id()).stream()
                .anyMatch(task ->
                        who.username().equals(task.assignee()) || who.username().equals(task.completedBy()));
    }

    /**
     * The same rule for a search, to apply in its query: null for an administrator, who sees every case. Of the cases
     * given to someone by name, a search sees those where they hold the work now (up to {@link
     * WorkQueues#MAX_CLAIMED}); a case they only worked on in the past opens from its reference but is not listed.
     */
    public CaseQuery.VisibleTo searchScope(StaffPrincipal who) {
        if (who.can(Permission.ADMINISTER)) return null;
        return new CaseQuery.VisibleTo(
                who.username(),
                who.teams(),
                tasks.casesClaimedBy(who.username(), WorkQueues.MAX_CLAIMED),
                roleNames(who));
    }

    static java.util.Set<String> roleNames(StaffPrincipal who) {
        return who.roles().stream().map(Enum::name).collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    /**
     * The case, if the person may see it. One they may not see is reported as not found, so that guessing references
     * tells nobody which cases exist.
     */
    public CaseView require(CaseView view, StaffPrincipal who) {
        if (!maySee(view, who)) throw new CaseNotFound("with reference " + view.reference());
        return view;
    }
}
