package org.casework.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMultipart;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Email through the council's SMTP server ({@code spring.mail.*}), from {@link ChannelSettings#emailFrom}, as
 * multipart/alternative: the body's Notify formatting as plain text and as HTML in the council's email layout
 * ({@link EmailLayout}). Each message carries its outbox id in a header, so one sent again after a crash (SMTP cannot
 * be asked whether the first attempt arrived) can be recognised.
 */
@Component
class SmtpEmail implements Channel {

    static final String ID_HEADER = "X-Casework-Notification";

    private final JavaMailSender mail;
    private final ChannelSettings settings;
    private final EmailLayout layout;

    SmtpEmail(JavaMailSender mail, ChannelSettings settings, EmailLayout layout) {
        this.mail = mail;
        this.settings = settings;
        this.layout = layout;
    }

    @Override
    public ChannelKind kind() {
        return ChannelKind.EMAIL;
    }

    @Override
    public String provider() {
        return "smtp";
    }

    @Override
    public boolean configured() {
        return true;
    }

    @Override
    public Delivery send(OutgoingMessage message) {
        try {
            var mime = mail.createMimeMessage();
            var helper = new MimeMessageHelper(mime, false, "UTF-8");
            helper.setFrom(settings.emailFrom());
            helper.setTo(message.to());
            var subject = message.subject() == null ? "" : message.subject();
            helper.setSubject(subject);
            var text = new MimeBodyPart();
            text.setText(layout.text(message.body()), "UTF-8");
            var html = new MimeBodyPart();
            html.setContent(layout.html(subject, message.body()), "text/html; charset=UTF-8");
            var alternative = new MimeMultipart("alternative");
            alternative.addBodyPart(text);
            alternative.addBodyPart(html);
            mime.setContent(alternative);
            mime.setHeader(ID_HEADER, message.id().toString());
            mail.send(mime);
            return new Delivery.Accepted(null);
        } catch (MessagingException e) {
            // An address the mail library cannot even parse will not get better by waiting.
            return new Delivery.Refused("The email could not be written: " + e.getMessage(), true);
        } catch (MailException e) {
            return new Delivery.Refused("The mail server did not take the email: " + rootMessage(e), false);
        }
    }

    private static String rootMessage(Throwable e) {
        var cause = e;
        while (cause.getCause() != null) cause = cause.getCause();
        return cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
    }
}
