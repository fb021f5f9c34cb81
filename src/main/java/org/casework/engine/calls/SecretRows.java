package org.casework.engine.calls;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.casework.engine.ApiSecret;
import org.casework.platform.SecretBox;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The {@code api_secrets} table: each value sealed by {@link SecretBox}, opened only to make a call. */
@Repository
public class SecretRows {

    private final JdbcClient db;
    private final SecretBox box;
    private final Clock clock;

    SecretRows(JdbcClient db, SecretBox box, Clock clock) {
        this.db = db;
        this.box = box;
        this.clock = clock;
    }

    public List<ApiSecret> list() {
        return db.sql("select name, updated_at, updated_by from api_secrets order by name")
                .query((rs, n) -> new ApiSecret(
                        rs.getString("name"), rs.getTimestamp("updated_at").toInstant(), rs.getString("updated_by")))
                .list();
    }

    Set<String> names() {
        return new TreeSet<>(
                db.sql("select name from api_secrets").query(String.class).list());
    }

    /** The secret's value, opened; empty if none is stored under that name. */
    Optional<String> open(String name) {
        return db.sql("select sealed_value from api_secrets where name = :name")
                .param("name", name)
                .query(String.class)
                .optional()
                .map(box::open);
    }

    /** Stores the value sealed; true if the name is new. */
    @Transactional
    public boolean save(String name, String value, String by) {
        var sealed = box.seal(value);
        var now = Timestamp.from(clock.instant());
        var updated = db.sql("""
                        update api_secrets set sealed_value = :sealed, updated_at = :now, updated_by = :by
                        where name = :name""")
                .param("sealed", sealed)
                .param("now", now)
                .param("by", by)
                .param("name", name)
                .update();
        if (updated > 0) return false;
        return db.sql("""
                        insert into api_secrets (name, sealed_value, updated_at, updated_by)
                        values (:name, :sealed, :now, :by)
                        on conflict do nothing""")
                        .param("name", name)
                        .param("sealed", sealed)
                        .param("now", now)
                        .param("by", by)
                        .update()
                > 0;
    }

    public boolean delete(String name) {
        return db.sql("delete from api_secrets where name = :name")
                        .param("name", name)
                        .update()
                > 0;
    }
}
