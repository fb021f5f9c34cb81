package org.casework.forms;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The {@code form_drafts} table. */
@Repository
class FormDrafts {

    private static final TypeReference<LinkedHashMap<String, String>> ANSWERS = new TypeReference<>() {};

    private final JdbcClient db;
    private final JsonMapper json;
    private final Clock clock;

    FormDrafts(JdbcClient db, JsonMapper json, Clock clock) {
        this.db = db;
        this.json = json;
        this.clock = clock;
    }

    FormDraft create(String process, UUID citizen) {
        var id = UUID.randomUUID();
        var now = Timestamp.from(clock.instant());
        db.sql("""
                        insert into form_drafts (id, process, citizen_id, answers, created_at, updated_at, row_version)
                        values (:id, :process, :citizen, '{}', :now, :now, 0)""")
                .param("id", id)
                .param("process", process)
                .param("citizen", citizen)
                .param("now", now)
                .update();
        return new FormDraft(id, process, citizen, Map.of(), 0);
    }

    Optional<FormDraft> find(UUID id) {
        return db.sql("select id, process, citizen_id, answers, row_version from form_drafts where id = :id")
                .param("id", id)
                .query((row, n) -> new FormDraft(
                        row.getObject("id", UUID.class),
                        row.getString("process"),
                        row.getObject("citizen_id", UUID.class),
                        json.readValue(row.getString("answers"), ANSWERS),
                        row.getLong("row_version")))
                .optional();
    }

    /** The citizen's latest draft of the process, to carry on with. */
    Optional<FormDraft> latest(UUID citizen, String process) {
        return db.sql("""
                        select id from form_drafts where citizen_id = :citizen and process = :process
                        order by updated_at desc fetch first 1 rows only""")
                .param("citizen", citizen)
                .param("process", process)
                .query(UUID.class)
                .optional()
                .flatMap(this::find);
    }

    /** Saves the answers if the draft is still at {@code version}; false when another tab saved first. */
    boolean save(UUID id, Map<String, String> answers, long version) {
        return db.sql("""
                                update form_drafts set answers = :answers, updated_at = :now, row_version = row_version + 1
                                where id = :id and row_version = :version""")
                        .param("answers", json.writeValueAsString(answers))
                        .param("now", Timestamp.from(clock.instant()))
                        .param("id", id)
                        .param("version", version)
                        .update()
                == 1;
    }

    void delete(UUID id) {
        db.sql("delete from form_drafts where id = :id").param("id", id).update();
    }
}
