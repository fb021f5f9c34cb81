package org.casework.conversation;

import java.time.LocalDate;
import org.casework.engine.CaseId;

/**
 * The citizen is to be reminded that a reply is due: what was asked and by when. Published in the reminder job's
 * transaction, once per request; the notification outbox sends it by the ways the citizen can be reached.
 */
public record ReplyReminderDue(
        CaseId caseId, String reference, InformationRequestId request, String asked, LocalDate replyBy) {}
