package org.casework.notification;

import java.util.Map;
import org.casework.conversation.ReplyReminderDue;
import org.casework.platform.CouncilProperties;
import org.casework.portal.RequestConfirmationDue;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The two messages every request gets whatever its process says: the confirmation with its reference and a link to
 * follow it, and the reminder that a reply to an information request is due. They go through the outbox like any
 * other — once per request (or per information request), retried, by the ways the citizen can be reached, each in
 * the delivery log and on the case's timeline — written in the transaction of the event they tell of.
 */
@Component
class ConfirmationsAndReminders {

    static final NotificationTemplate CONFIRMATION = new NotificationTemplate(
            "request-confirmation",
            "Confirmation of a request",
            "((service)): your reference is ((reference))",
            """
            ((greeting)),

            We have received your request: ((service)).

            Your reference is ((reference)).

            ((what happens next))

            ((expected finish))

            Follow your request at any time with this link (keep it private: anyone with it can see the request):

            ((tracking link))

            ((council))""",
            "((council)): we have received your request for ((service)), reference ((reference)). Follow it at"
                    + " ((tracking link))",
            0);

    static final NotificationTemplate REMINDER = new NotificationTemplate(
            "information-request-reminder",
            "Reminder that a reply is due",
            "Reminder: we need your reply about ((reference)) by ((reply by))",
            """
            ((greeting)),

            We asked you for information about your request ((reference)). We have not had your reply yet.

            What we asked:

            ((asked))

            Please reply by ((reply by)). If you have already replied, you can ignore this message.

            Reply and follow your request with this link: ((tracking link))

            ((council))""",
            "((council)): please reply to our request for information about ((reference)) by ((reply by)): "
                    + "((tracking link))",
            0);

    private final Outbox outbox;
    private final CouncilProperties council;

    ConfirmationsAndReminders(Outbox outbox, CouncilProperties council) {
        this.outbox = outbox;
        this.council = council;
    }

    @EventListener
    void on(RequestConfirmationDue due) {
        outbox.tellCitizen(
                new Outbox.Occasion(due.caseId(), due.reference(), "request-confirmed"),
                CONFIRMATION,
                Map.of("what happens next", orEmpty(due.whatHappensNext()), "council", council.name()));
    }

    @EventListener
    void on(ReplyReminderDue due) {
        outbox.tellCitizen(
                new Outbox.Occasion(due.caseId(), due.reference(), "information-request-reminder:" + due.request()),
                REMINDER,
                Map.of(
                        "asked", due.asked(),
                        "reply by", CaseValues.day(due.replyBy()),
                        "council", council.name()));
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
