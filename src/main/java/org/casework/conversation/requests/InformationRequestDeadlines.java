package org.casework.conversation.requests;

import java.time.Clock;
import org.casework.conversation.InformationRequest;
import org.casework.conversation.InformationRequestId;
import org.casework.conversation.ReplyReminderDue;
import org.casework.definition.Action;
import org.casework.engine.Cases;
import org.casework.engine.TimelineEntry;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What the information-request jobs do when they fall due. Each locks the case, then looks at the request: one that
 * was answered or withdrawn meanwhile (or already reminded) is left alone, so a job that runs twice changes nothing
 * the second time.
 */
@Component
class InformationRequestDeadlines {

    private final InformationRequestRows rows;
    private final Cases cases;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final Clock clock;

    InformationRequestDeadlines(
            InformationRequestRows rows,
            Cases cases,
            ApplicationEventPublisher events,
            TransactionTemplate transaction,
            Clock clock) {
        this.rows = rows;
        this.cases = cases;
        this.events = events;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** The request, or null if there is none (a job left over from a database restored to before it). */
    InformationRequest find(InformationRequestId id) {
        return rows.find(id).orElse(null);
    }

    /**
     * Runs the process's reminder actions and reminds the citizen through the notification outbox, by the ways they
     * can be reached, if the request is still outstanding and was not reminded already. Both are written in the
     * job's transaction, so a job that runs again reminds nobody twice.
     */
    void remind(InformationRequestId id) {
        transaction.executeWithoutResult(status -> {
            var request = rows.find(id).orElse(null);
            if (request == null) return;
            cases.lock(request.caseId());
            request = rows.find(id).orElseThrow();
            if (!request.status().equals(InformationRequest.OUTSTANDING)) return;
            if (!rows.markReminded(id, clock.instant())) return;
            reminderActions(request);
            var kase = cases.get(request.caseId());
            events.publishEvent(
                    new ReplyReminderDue(kase.id(), kase.reference(), id, request.message(), request.replyBy()));
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
