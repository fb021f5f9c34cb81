package org.casework.engine.cases;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import org.casework.definition.ProcessDefinition;
import org.casework.engine.CaseId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code case_fields} search table: each case's searchable answers, one row per field, kept in step with the
 * case's data by the engine's commands in their own transaction, so a search never finds an answer the case no
 * longer holds.
 */
@Repository
class CaseFieldRows {

    private final JdbcClient jdbc;
    private final JdbcTemplate jdbcTemplate;

    CaseFieldRows(JdbcClient jdbc, JdbcTemplate jdbcTemplate) {
        this.jdbc = jdbc;
        this.jdbcTemplate = jdbcTemplate;
    }

    /**
     * Replaces the case's rows for the answers that changed between {@code before} and {@code after}. Only what
     * changed is touched: a step that records one answer costs one delete and one insert, not a rewrite of every
     * answer the case holds, and a move that changes no data costs nothing.
     */
    void write(CaseId id, ProcessDefinition process, Map<String, Object> before, Map<String, Object> after) {
        var old = SearchableValues.of(process, before);
        var now = SearchableValues.of(process, after);
        var changed = new LinkedHashSet<String>();
        for (var key : old.keySet()) if (!Objects.equals(old.get(key), now.get(key))) changed.add(key);
        for (var key : now.keySet()) if (!Objects.equals(old.get(key), now.get(key))) changed.add(key);
        if (changed.isEmpty()) return;
        var stale = changed.stream().filter(old::containsKey).toList();
        if (!stale.isEmpty()) {
            jdbc.sql("delete from case_fields where case_id = :id and field_key in (:keys)")
                    .param("id", id.value())
                    .param("keys", stale)
                    .update();
        }
        var rows = new ArrayList<Object[]>();
        for (var key : changed) {
            if (now.containsKey(key)) rows.add(new Object[] {id.value(), key, now.get(key)});
        }
        if (!rows.isEmpty()) {
            jdbcTemplate.batchUpdate("insert into case_fields (case_id, field_key, value_text) values (?, ?, ?)", rows);
        }
    }
}
