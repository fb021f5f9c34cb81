package org.casework.portal;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.casework.engine.CaseView;
import org.casework.identity.StaffMailProperties;
import org.casework.platform.CouncilProperties;
import org.casework.platform.Emails;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.stereotype.Component;

/**
 * The confirmation a citizen gets when a request is made: its reference, what happens next and the secret link to
 * follow it. Sent in the background once the request is committed (see {@link Emails}); nothing is sent when the
 * request has no email address. (Notifications about later events go through the notification outbox, which retries
 * and honours the citizen's preferred channel.)
 */
@Component
public class ConfirmationMail {

    private final Emails emails;
    private final CouncilProperties council;
    private final StaffMailProperties mail;

    ConfirmationMail(Emails emails, CouncilProperties council, StaffMailProperties mail) {
        this.emails = emails;
        this.council = council;
        this.mail = mail;
    }

    public void send(CaseView request, TrackingLink link, String whatHappensNext) {
        var to = request.citizen().email();
        if (to == null) return;
        var message = new SimpleMailMessage();
        message.setFrom(mail.from());
        message.setTo(to);
        message.setSubject(request.processName() + ": your reference is " + request.reference());
        var body = new StringBuilder();
        body.append(
                        request.citizen().name() == null
                                ? "Hello"
                                : "Dear " + request.citizen().name())
                .append(",\n\n")
                .append("We have received your request: ")
                .append(request.processName())
                .append(".\n\nYour reference is ")
                .append(request.reference())
                .append(".\n\n");
        if (whatHappensNext != null) body.append(whatHappensNext).append("\n\n");
        if (request.estimatedCompletion() != null) {
            body.append("We expect to finish by ")
                    .append(request.estimatedCompletion().format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK)))
                    .append(".\n\n");
        }
        body.append("Follow your request at any time with this link (keep it private: anyone with it can see the ")
                .append("request):\n\n")
                .append(link.url())
                .append("\n\n")
                .append(council.name())
                .append("\n");
        message.setText(body.toString());
        emails.sendLater(message, "the confirmation of " + request.reference());
    }
}
