package org.casework.engine.cases;

import java.util.List;
import java.util.Optional;
import org.casework.engine.CaseId;
import org.casework.engine.CaseRestriction;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code case_restrictions} table: who may see a case after a change-access step. A case with rows here is seen
 * by those teams and roles (and administrators) only; {@code case_access} no longer counts for it.
 */
@Repository
class CaseRestrictions {

    static final String TEAM = "team";
    static final String ROLE = "role";

    private final JdbcClient jdbc;

    CaseRestrictions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Replaces the case's restriction: a later change-access step says who may see it from then on. */
    void restrict(CaseId id, List<String> teams, List<String> roles) {
        jdbc.sql("delete from case_restrictions where case_id = :id")
                .param("id", id.value())
                .update();
        for (var team : teams.stream().distinct().toList()) insert(id, TEAM, team);
        for (var role : roles.stream().distinct().toList()) insert(id, ROLE, role);
    }

    private void insert(CaseId id, String kind, String key) {
        jdbc.sql("insert into case_restrictions (case_id, grant_kind, grant_key) values (:id, :kind, :key)")
                .param("id", id.value())
                .param("kind", kind)
                .param("key", key)
                .update();
    }

    Optional<CaseRestriction> of(CaseId id) {
        var rows = jdbc.sql("select grant_kind, grant_key from case_restrictions where case_id = :id"
                        + " order by grant_kind, grant_key")
                .param("id", id.value())
                .query((rs, n) -> new String[] {rs.getString("grant_kind"), rs.getString("grant_key")})
                .list();
        if (rows.isEmpty()) return Optional.empty();
        var teams = rows.stream().filter(r -> TEAM.equals(r[0])).map(r -> r[1]).toList();
        var roles = rows.stream().filter(r -> ROLE.equals(r[0])).map(r -> r[1]).toList();
        return Optional.of(new CaseRestriction(teams, roles));
    }
}
