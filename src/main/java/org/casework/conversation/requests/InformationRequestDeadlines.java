package org.casework.conversation.requests;

import java.time.Clock;
import org.casework.conversation.InformationRequest;
import org.casework.conversation.InformationRequestId;
import org.casework.definition.Action;
import org.casework.engine.Cases;
import org.casework.engine.TimelineEntry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What the information-request jobs do when they fall due. Each locks the case, then looks at the request: one that
 * was answered or withdrawn meanwhile (or already reminded) is left alone, so a job that runs twice changes nothing
 * the second time.
 */
@Component
class InformationRequestDeadlines {

    private static final Logger log = LoggerFactory.getLogger(InformationRequestDeadlines.class);

    private final InformationRequestRows rows;
    private final Cases cases;
    private final ReminderMail mail;
    private final TransactionTemplate transaction;
    private final Clock clock;

    InformationRequestDeadlines(
            InformationRequestRows rows, Cases cases, ReminderMail mail, TransactionTemplate transaction, Clock clock) {
        this.rows = rows;
        this.cases = cases;
        this.mail = mail;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** The request, or null if there is none (a job left over from a database restored to before it). */
    InformationRequest find(InformationRequestId id) {
        return rows.find(id).orElse(null);
    }

    /**
     * Runs the process's reminder actions and emails the citizen a reminder, if the request is still outstanding (and
     * was not reminded already), the email if the case has an address to send it to. The email goes out before the transaction commits: if sending fails, nothing is recorded and the job
     * tries again; if the commit failed after sending, the citizen could be reminded twice, which is the lesser harm.
     */
    void remind(InformationRequestId id) {
        transaction.executeWithoutResult(status -> {
            var request = rows.find(id).orElse(null);
            if (request == null) return;
            cases.lock(request.caseId());
            request = rows.find(id).orElseThrow();
            if (!request.status().equals(InformationRequest.OUTSTANDING)) return;
            var kase = cases.get(request.caseId());
            var email = kase.citizen() == null ? null : kase.citizen().email();
            if (email != null && !rows.markReminded(id, clock.instant())) return;
            // The process's reminder actions run whether or not there is an address to email: they may text.
            reminderActions(request);
            if (email == null) {
                log.info(
                        "No reminder email for information request {} on {}: the case has no email address",
                        id,
                        kase.reference());
                return;
            }
            mail.send(email, kase.citizen().name(), kase.reference(), request);
            cases.record(
                    request.caseId(),
                    "information-request-reminder-sent",
                    "system",
                    request.step(),
                    TimelineEntry.details("replyBy", request.replyBy().toString()));
        });
    }

    /**
     * Runs the process's {@code information-request-reminder} actions, named by the request so a job that runs again
     * asks for the same thing. A step's request is the step's (the target); one made by hand has none.
     */
    private void reminderActions(InformationRequest request) {
        var event = Action.Event.INFORMATION_REQUEST_REMINDER;
        cases.react(request.caseId(), event, request.step(), event.key() + ":" + request.id(), "system");
    }

    /**
     * Marks the request overdue if the reply-by day ended without a reply. A process step's request is reported to
     * the engine, which records it, runs the definition's overdue actions and moves the case on if the step says
     * where (a report for a case that has moved on changes nothing there); a request made by hand is recorded here,
     * its {@code information-request-overdue} actions run, and the SLA clock it stopped starts again unless something
     * else is still awaited from the citizen.
     */
    void overdue(InformationRequestId id) {
        transaction.executeWithoutResult(status -> {
            var request = rows.find(id).orElse(null);
            if (request == null) return;
            cases.lock(request.caseId());
            if (!rows.close(id, InformationRequest.OVERDUE)) return;
            if (request.step() != null) {
                cases.informationRequestOverdue(request.caseId(), request.step(), request.token());
                return;
            }
            cases.record(
                    request.caseId(),
                    "information-request-overdue",
                    "system",
                    null,
                    TimelineEntry.details("replyBy", request.replyBy().toString()));
            var event = Action.Event.INFORMATION_REQUEST_OVERDUE;
            cases.react(request.caseId(), event, null, event.key() + ":" + id, "system");
            if (rows.awaitsNothing(request.caseId(), cases.get(request.caseId()).currentStep())) {
                cases.resumeSla(request.caseId(), "system");
            }
        });
    }
}
