package org.casework.portal;

import org.casework.engine.CaseId;

/**
 * A request is to be confirmed to its citizen: its reference, what happens next, when it should be finished and a
 * link to follow it, by the ways they can be reached. Published in the transaction that makes the request (or confirms
 * one made for them), so the message exists exactly when the request does; the notification outbox sends it.
 */
public record RequestConfirmationDue(CaseId caseId, String reference, String whatHappensNext) {}
