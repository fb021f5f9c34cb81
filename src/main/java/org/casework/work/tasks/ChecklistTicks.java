package org.casework.work.tasks;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.casework.conversation.DocumentId;
import org.casework.definition.Step;
import org.casework.platform.Refusal;
import org.casework.work.TaskId;
import org.casework.work.TaskRefused;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code checklist_ticks} table: which items of a checklist task are ticked, by whom and with what evidence. */
@Repository
class ChecklistTicks {

    /** One ticked item. */
    record Tick(String item, String by, Instant at, DocumentId document) {}

    private final JdbcClient jdbc;

    ChecklistTicks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The task's ticks by item key. */
    Map<String, Tick> of(TaskId task) {
        var ticks = new LinkedHashMap<String, Tick>();
        jdbc.sql("select item_key, ticked_by, ticked_at, document_id from checklist_ticks where task_id = :task")
                .param("task", task.value())
                .query((rs, n) -> {
                    var document = rs.getObject("document_id", UUID.class);
                    return new Tick(
                            rs.getString("item_key"),
                            rs.getString("ticked_by"),
                            rs.getTimestamp("ticked_at").toInstant(),
                            document == null ? null : new DocumentId(document));
                })
                .list()
                .forEach(tick -> ticks.put(tick.item(), tick));
        return ticks;
    }

    /** Ticks the item, or replaces its evidence if it was ticked already. */
    void tick(TaskId task, String item, String by, Instant at, DocumentId document) {
        untick(task, item);
        jdbc.sql("insert into checklist_ticks (task_id, item_key, ticked_by, ticked_at, document_id)"
                        + " values (:task, :item, :by, :at, :document)")
                .param("task", task.value())
                .param("item", item)
                .param("by", by)
                .param("at", Timestamp.from(at))
                .param("document", document == null ? null : document.value())
                .update();
    }

    boolean untick(TaskId task, String item) {
        return jdbc.sql("delete from checklist_ticks where task_id = :task and item_key = :item")
                        .param("task", task.value())
                        .param("item", item)
                        .update()
                > 0;
    }

    /**
     * Refuses, naming each item at fault, unless every item of the checklist is ticked and every item that requires
     * evidence has a document.
     */
    void requireDone(TaskId task, Step.Checklist checklist) {
        var ticks = of(task);
        var problems = new ArrayList<Refusal.Problem>();
        for (var item : checklist.items()) {
            var tick = ticks.get(item.key());
            var field = "items." + item.key();
            if (tick == null) {
                problems.add(
                        new Refusal.Problem(field, "Tick '" + item.shownAs() + "' before completing the checklist"));
            } else if (item.evidence() == Step.Evidence.REQUIRED && tick.document() == null) {
                problems.add(new Refusal.Problem(
                        field, "Choose the document that is the evidence for '" + item.shownAs() + "'"));
            }
        }
        if (!problems.isEmpty()) throw TaskRefused.checklistNotDone(problems);
    }
}
