package org.casework.identity;

import org.casework.platform.Emails;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The emails of a citizen's account: confirm your address, you already have an account, choose a new password, your
 * sign-in code. Sent in the background once the secret is committed (see {@link Emails}). Links start with the
 * configured service address, never one taken from the request.
 */
@Component
public class CitizenMail {

    private final Emails emails;
    private final StaffMailProperties properties;

    CitizenMail(Emails emails, StaffMailProperties properties) {
        this.emails = emails;
        this.properties = properties;
    }

    /** After registering: the link to confirm the address, or a note to someone who already has an account. */
    public void registered(Citizens.Emailed registration) {
        var to = registration.to();
        if (registration.secret() == null) {
            send(
                    to,
                    "You already have an account",
                    """
                    Someone, probably you, tried to create an account with this email address. You already have one.

                    Sign in: %s

                    If you have forgotten your password you can choose a new one from the sign-in page. If it was not \
                    you, you can ignore this email.""".formatted(link("/portal/sign-in", null)),
                    "an already-registered note");
            return;
        }
        send(
                to,
                "Confirm your email address",
                """
                To finish creating your account, confirm your email address by opening this link within %d hours:

                %s

                If you did not create an account, you can ignore this email.""".formatted(Citizens.VERIFY_LINK_VALID_FOR.toHours(), link("/portal/verify", registration.secret())),
                "an email confirmation link");
    }

    public void newPassword(Citizens.Emailed link) {
        send(
                link.to(),
                "Choose a new password",
                """
                Someone asked to choose a new password for your account.

                To choose one, open this link within %d minutes:

                %s

                The link works once. If you did not ask for it, you can ignore this email: your password has not \
                changed.""".formatted(
                        Citizens.PASSWORD_LINK_VALID_FOR.toMinutes(), link("/portal/new-password", link.secret())),
                "a new-password link");
    }

    public void signInCode(Citizens.Emailed code) {
        send(
                code.to(),
                "Your sign-in code",
                """
                Your sign-in code is %s

                It works for %d minutes. If you are not signing in, someone else may know your password: choose a \
                new one.""".formatted(code.secret(), Citizens.SIGN_IN_CODE_VALID_FOR.toMinutes()),
                "a sign-in code");
    }

    private void send(CitizenAccount to, String subject, String body, String what) {
        var message = new SimpleMailMessage();
        message.setFrom(properties.from());
        message.setTo(to.email());
        message.setSubject(subject);
        message.setText("Dear " + to.fullName() + ",\n\n" + body + "\n");
        emails.sendLater(message, what + " to citizen " + to.id());
    }

    private String link(String path, String token) {
        var link = UriComponentsBuilder.fromUri(properties.serviceUrl()).path(path);
        if (token != null) link.queryParam("token", token);
        return link.build().toUriString();
    }
}
