package org.casework.identity;

import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSender;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Emails a forgotten-password link through the SMTP server in {@code spring.mail.*}. Sending happens in the
 * background, after the link is saved: the page answers just as fast whether or not the account exists (so its timing
 * does not tell either), and a slow or absent mail server holds up no one.
 */
@Component
public class PasswordResetMail {

    private static final Logger log = LoggerFactory.getLogger(PasswordResetMail.class);

    private final MailSender mail;
    private final StaffMailProperties properties;
    private final Executor background;

    PasswordResetMail(
            MailSender mail,
            StaffMailProperties properties,
            @Qualifier("applicationTaskExecutor") Executor background) {
        this.mail = mail;
        this.properties = properties;
        this.background = background;
    }

    /** Call only once the link is committed to the database, so the emailed link always works. */
    public void send(PasswordResetLink link) {
        var message = message(link);
        background.execute(() -> {
            try {
                mail.send(message);
                log.info("Sent a forgotten-password link to {}", link.username());
            } catch (MailException e) {
                // The message (and so the token) stays out of the log; the person can ask again.
                log.warn(
                        "Could not send a forgotten-password link to {}: {}",
                        link.username(),
                        e.getClass().getName());
            }
        });
    }

    private SimpleMailMessage message(PasswordResetLink link) {
        var url = UriComponentsBuilder.fromUri(properties.serviceUrl())
                .path("/sign-in/new-password")
                .queryParam("token", link.token())
                .build()
                .toUriString();
        var message = new SimpleMailMessage();
        message.setFrom(properties.from());
        message.setTo(link.email());
        message.setSubject("Choose a new password for Casework");
        message.setText("Dear " + link.displayName() + ",\n\n"
                + "Someone asked to choose a new password for your Casework account, " + link.username() + ".\n\n"
                + "To choose one, open this link within " + PasswordResets.VALID_FOR.toMinutes() + " minutes:\n\n"
                + url + "\n\n"
                + "The link works once. If you did not ask for it, you can ignore this email: your password has not "
                + "changed.\n");
        return message;
    }
}
