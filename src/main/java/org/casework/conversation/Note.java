package org.casework.conversation;

import java.time.Instant;
import java.util.UUID;
import org.casework.engine.CaseId;

/** Something an officer wrote on a case; {@code visibleToCitizen} notes are shown to the citizen too. */
public record Note(UUID id, CaseId caseId, String text, boolean visibleToCitizen, String author, Instant at) {}
