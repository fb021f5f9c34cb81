package org.casework.identity;

import org.casework.platform.Emails;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Emails a forgotten-password link, in the background (see {@link Emails}): the page answers just as fast whether or
 * not the account exists.
 */
@Component
public class PasswordResetMail {

    private final Emails emails;
    private final StaffMailProperties properties;

    PasswordResetMail(Emails emails, StaffMailProperties properties) {
        this.emails = emails;
        this.properties = properties;
    }

    /** Call only once the link is committed to the database, so the emailed link always works. */
    public void send(PasswordResetLink link) {
        emails.sendLater(message(link), "a forgotten-password link to " + link.username());
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
