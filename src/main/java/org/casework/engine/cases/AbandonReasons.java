package org.casework.engine.cases;

import java.util.List;
import org.casework.engine.AbandonReason;
import org.casework.engine.UnknownAbandonReason;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The administrators' list of reasons a case may be abandoned for. */
@Repository
public class AbandonReasons {

    private final JdbcClient jdbc;

    AbandonReasons(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<AbandonReason> active() {
        return jdbc.sql("select code, label from abandon_reasons where active order by label")
                .query((rs, n) -> new AbandonReason(rs.getString("code"), rs.getString("label")))
                .list();
    }

    void require(String key) {
        var known = key != null
                && jdbc.sql("select count(*) from abandon_reasons where code = :key and active")
                                .param("key", key)
                                .query(Integer.class)
                                .single()
                        > 0;
        if (!known) throw new UnknownAbandonReason(key, active());
    }
}
