package org.casework.work.tasks;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.casework.engine.CaseAccessChanged;
import org.casework.engine.CaseId;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Work's copy of who may see a restricted case ({@code restricted_work}), written in the change-access step's own
 * transaction, so a team queue can leave out the tasks of cases its viewer may no longer see in the same query.
 */
@Component
public class RestrictedWork {

    /**
     * The queue condition: a task whose case is not restricted, or whose restriction names one of the viewer's teams
     * or roles. Both lists are always bound (a list that is empty holds a value no team or role can have), so the
     * statement stays one string.
     */
    static final String SEEN_BY = " and (not exists (select 1 from restricted_work w where w.case_id = tasks.case_id)"
            + " or exists (select 1 from restricted_work w where w.case_id = tasks.case_id and"
            + " ((w.grant_kind = 'team' and w.grant_key in (:seenTeams))"
            + " or (w.grant_kind = 'role' and w.grant_key in (:seenRoles)))))";

    private static final String NOBODY = "";

    private final JdbcClient jdbc;

    RestrictedWork(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Someone looking at a queue who is not an administrator: their teams and the names of their roles. */
    public record Viewer(Set<String> teams, Set<String> roles) {
        Map<String, Object> params() {
            return Map.of(
                    "seenTeams", teams.isEmpty() ? List.of(NOBODY) : List.copyOf(teams),
                    "seenRoles", roles.isEmpty() ? List.of(NOBODY) : List.copyOf(roles));
        }
    }

    @EventListener
    void on(CaseAccessChanged changed) {
        jdbc.sql("delete from restricted_work where case_id = :id")
                .param("id", changed.caseId().value())
                .update();
        for (var team : changed.teams().stream().distinct().toList()) insert(changed.caseId(), "team", team);
        for (var role : changed.roles().stream().distinct().toList()) insert(changed.caseId(), "role", role);
    }

    private void insert(CaseId id, String kind, String key) {
        jdbc.sql("insert into restricted_work (case_id, grant_kind, grant_key) values (:id, :kind, :key)")
                .param("id", id.value())
                .param("kind", kind)
                .param("key", key)
                .update();
    }
}
