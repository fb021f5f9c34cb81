package org.casework.conversation.requests;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.casework.conversation.InformationRequest;
import org.casework.identity.StaffMailProperties;
import org.springframework.mail.MailSender;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.stereotype.Component;

/**
 * The email reminding a citizen that a reply is due, sent through the SMTP server in {@code spring.mail.*} from
 * {@code casework.mail.from}. Sent directly by the reminder job for now; the notifications module and its outbox
 * (a later issue) will take this over, with the citizen's preferred channel and the council's own wording.
 */
@Component
class ReminderMail {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final MailSender mail;
    private final StaffMailProperties properties;

    ReminderMail(MailSender mail, StaffMailProperties properties) {
        this.mail = mail;
        this.properties = properties;
    }

    /** Sends now; a failure is thrown, so the job tries again later. */
    void send(String to, String name, String reference, InformationRequest request) {
        var message = new SimpleMailMessage();
        message.setFrom(properties.from());
        message.setTo(to);
        message.setSubject("Reminder: we need your reply about " + reference + " by " + DAY.format(request.replyBy()));
        message.setText((name == null ? "Hello" : "Dear " + name) + ",\n\n"
                + "We asked you for information about your request " + reference + ". We have not had your reply yet."
                + "\n\nWhat we asked:\n\n" + request.message() + "\n\n"
                + "Please reply by " + DAY.format(request.replyBy()) + ". If you have already replied, you can"
                + " ignore this email.\n");
        mail.send(message);
    }
}
