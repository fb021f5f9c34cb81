package org.casework.engine;

import java.util.Map;
import org.casework.definition.Action;

/**
 * An action of the case's process is due because {@code event} happened (on the step or stage {@code target}, if it
 * concerns one). Published inside the engine's transaction, after the case row is written, so whoever carries the
 * action out — the notification outbox, the work module reassigning a task — commits or rolls back with the move.
 * {@code occurrence} names this happening of the event on this case; {@code data} is the case's data after the move.
 */
public record CaseActionDue(
        CaseId caseId,
        String reference,
        String process,
        Action action,
        Action.Event event,
        String target,
        String occurrence,
        String actor,
        Map<String, Object> data) {}
