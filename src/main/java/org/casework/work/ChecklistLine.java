package org.casework.work;

import java.time.Instant;
import org.casework.conversation.DocumentId;

/**
 * One item of a checklist task as the officer sees it: what to tick, whether evidence is {@code required}, {@code
 * optional} or {@code none}, and, once ticked, by whom, when and with which document on the case.
 */
public record ChecklistLine(
        String key,
        String label,
        String evidence,
        boolean ticked,
        String tickedBy,
        Instant tickedAt,
        DocumentId document,
        String documentName) {}
