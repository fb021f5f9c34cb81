package org.casework.platform;

import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSender;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.stereotype.Component;

/**
 * Sends an email in the background through the SMTP server in {@code spring.mail.*}. A page that emails a link
 * answers just as fast whether or not the mail server is there (and whether or not the account exists, so its timing
 * tells nothing), and a slow server holds up no one. Call only after the secret the email carries is committed, so
 * the link in it always works. (Case notifications go through the notification outbox instead, which retries; these
 * emails are answers to something the person just asked for, and they can ask again.)
 */
@Component
public class Emails {

    private static final Logger log = LoggerFactory.getLogger(Emails.class);

    private final MailSender mail;
    private final Executor background;

    Emails(MailSender mail, @Qualifier("applicationTaskExecutor") Executor background) {
        this.mail = mail;
        this.background = background;
    }

    /** {@code what} names the email in the log, which never holds the message itself (it may carry a secret). */
    public void sendLater(SimpleMailMessage message, String what) {
        background.execute(() -> {
            try {
                mail.send(message);
                log.info("Sent {}", what);
            } catch (MailException e) {
                log.warn("Could not send {}: {}", what, e.getClass().getName());
            }
        });
    }
}
