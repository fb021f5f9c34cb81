package org.casework.support;

import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * A real SMTP server (GreenMail) inside the test JVM, on a free port, started once and shared: every test context
 * sends its email here (see {@link TestDatabaseInitializer}), and a test reads back what was sent to its own, unique
 * addresses.
 */
public final class MailServer {

    private static final GreenMail SERVER = start();

    private MailServer() {}

    private static GreenMail start() {
        var server = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        server.start();
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
        return server;
    }

    /** The mail settings of every test context ({@link TestDatabaseInitializer} adds them). */
    public static java.util.Map<String, Object> properties() {
        return java.util.Map.of(
                "spring.mail.host",
                SERVER.getSmtp().getBindTo(),
                "spring.mail.port",
                SERVER.getSmtp().getPort());
    }

    /** The text of every email sent to this address so far, oldest first. */
    public static List<String> textsTo(String address) {
        return Arrays.stream(SERVER.getReceivedMessages())
                .filter(message -> isTo(message, address))
                .map(MailServer::text)
                .toList();
    }

    /** The subject of every email sent to this address so far, oldest first. */
    public static List<String> subjectsTo(String address) {
        return Arrays.stream(SERVER.getReceivedMessages())
                .filter(message -> isTo(message, address))
                .map(message -> {
                    try {
                        return message.getSubject();
                    } catch (jakarta.mail.MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
    }

    /** The sender of every email sent to this address so far, oldest first. */
    public static List<String> sendersTo(String address) {
        return Arrays.stream(SERVER.getReceivedMessages())
                .filter(message -> isTo(message, address))
                .map(message -> {
                    try {
                        return message.getFrom()[0].toString();
                    } catch (jakarta.mail.MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
    }

    /**
     * Waits for the {@code count}th email to this address (mail goes out in the background) and returns its text. The
     * wait is a bound on a hang, not a measure of speed.
     */
    public static String awaitEmail(String address, int count) {
        await().atMost(Duration.ofSeconds(30)).until(() -> textsTo(address).size() >= count);
        return textsTo(address).get(count - 1);
    }

    /** Waits for an email to this address that contains {@code text} (others may go to it too) and returns it. */
    public static String awaitEmailContaining(String address, String text) {
        await().atMost(Duration.ofSeconds(30))
                .until(() -> !textsTo(address, text).isEmpty());
        return textsTo(address, text).getFirst();
    }

    /** The emails to this address that contain {@code text}, oldest first. */
    public static List<String> textsTo(String address, String text) {
        return textsTo(address).stream().filter(sent -> sent.contains(text)).toList();
    }

    private static boolean isTo(MimeMessage message, String address) {
        try {
            var recipients = message.getRecipients(Message.RecipientType.TO);
            return recipients != null
                    && Arrays.stream(recipients).anyMatch(to -> to.toString().equalsIgnoreCase(address));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The HTML part of every email sent to this address so far, oldest first (null for a plain-text email). */
    public static List<String> htmlTo(String address) {
        return Arrays.stream(SERVER.getReceivedMessages())
                .filter(message -> isTo(message, address))
                .map(message -> part(message, "text/html"))
                .toList();
    }

    /** The email's text: the whole body of a plain email, the plain-text part of a multipart one. */
    private static String text(MimeMessage message) {
        return part(message, "text/plain");
    }

    private static String part(MimeMessage message, String type) {
        try {
            var content = message.getContent();
            if (!(content instanceof jakarta.mail.Multipart multipart)) {
                return type.equals("text/plain") ? content.toString() : null;
            }
            for (int i = 0; i < multipart.getCount(); i++) {
                var part = multipart.getBodyPart(i);
                if (part.isMimeType(type)) return part.getContent().toString();
            }
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
