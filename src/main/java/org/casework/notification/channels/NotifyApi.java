package org.casework.notification.channels;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.casework.notification.ChannelKind;
import org.casework.notification.Delivery;
import org.casework.notification.OutgoingMessage;
import org.json.JSONException;
import org.json.JSONObject;
import org.springframework.stereotype.Component;
import uk.gov.service.notify.NotificationClient;
import uk.gov.service.notify.NotificationClientException;

/**
 * Calls GOV.UK Notify through its official Java client for the email and SMS channels, and says what happened in the
 * outbox's terms. Notify refusing the request (400: not a mobile number, a template that does not exist; 403: a wrong
 * or revoked API key) is permanent; being rate limited (429), Notify failing (5xx) or not answering is passing.
 *
 * <p>The client sets no timeouts of its own, so each call runs on a virtual thread that is interrupted (closing its
 * socket) once {@code casework.notify.timeout} has passed.
 */
@Component
class NotifyApi {

    private static final int MAX_REASON = 500;

    private final NotifySettingsSource settings;
    private final Duration timeout;
    private volatile Connection connection;

    NotifyApi(NotifySettingsSource settings, NotifyProperties properties) {
        this.settings = settings;
        this.timeout = properties.timeout();
    }

    NotifySettings settings() {
        return settings.current();
    }

    /** Sends as {@code kind} through the council's template for it, with the outbox id as Notify's reference. */
    Delivery send(ChannelKind kind, OutgoingMessage message) {
        var current = settings.current();
        var reference = message.id().toString();
        try {
            var id = call(current, client -> switch (kind) {
                case EMAIL ->
                    client.sendEmail(
                                    current.emailTemplateId(),
                                    message.to(),
                                    Map.of("subject", orEmpty(message.subject()), "body", orEmpty(message.body())),
                                    reference)
                            .getNotificationId();
                case SMS ->
                    client.sendSms(
                                    current.smsTemplateId(),
                                    message.to(),
                                    Map.of("body", orEmpty(message.body())),
                                    reference)
                            .getNotificationId();
                case WEBHOOK -> throw new IllegalArgumentException("Notify does not send webhooks");
            });
            return new Delivery.Accepted(id.toString());
        } catch (NotificationClientException e) {
            return refusal(e);
        } catch (JSONException e) {
            return new Delivery.Refused("Notify's answer could not be read: " + e.getMessage(), false);
        }
    }

    /** The notification Notify holds under the message's reference, if an earlier attempt reached it. */
    Optional<Delivery> find(ChannelKind kind, OutgoingMessage message) {
        var current = settings.current();
        var reference = message.id().toString();
        try {
            var found = call(
                    current,
                    client ->
                            client
                                    .getNotifications(null, type(message.kind()), reference, null)
                                    .getNotifications()
                                    .stream()
                                    .filter(n -> n.getReference()
                                            .filter(reference::equals)
                                            .isPresent())
                                    .findFirst());
            return found.map(n -> new Delivery.Accepted(n.getId().toString()));
        } catch (NotificationClientException e) {
            // Not knowing is not "no": sending again now could send twice, so the outbox is told to wait.
            return Optional.of(refusal(e));
        } catch (JSONException e) {
            return Optional.of(new Delivery.Refused("Notify's answer could not be read: " + e.getMessage(), false));
        }
    }

    private static String type(ChannelKind kind) {
        return kind == ChannelKind.SMS ? "sms" : "email";
    }

    private interface Call<T> {
        T on(NotificationClient client) throws NotificationClientException;
    }

    private <T> T call(NotifySettings current, Call<T> call) throws NotificationClientException {
        var client = clientFor(current);
        var task = new FutureTask<>(() -> call.on(client));
        Thread.ofVirtual().name("notify-call").start(task);
        try {
            return task.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            task.cancel(true);
            throw new NotificationClientException(new IOException("No answer within " + timeout));
        } catch (InterruptedException e) {
            task.cancel(true);
            Thread.currentThread().interrupt();
            throw new NotificationClientException(new IOException("Interrupted while waiting for Notify"));
        } catch (ExecutionException e) {
            switch (e.getCause()) {
                case NotificationClientException refused -> throw refused;
                case RuntimeException unexpected -> throw unexpected;
                default -> throw new IllegalStateException(e.getCause());
            }
        }
    }

    /** One client per key and address; it keeps no connections, so a replaced one needs no closing. */
    private NotificationClient clientFor(NotifySettings current) {
        var known = connection;
        if (known != null && known.matches(current)) return known.client();
        // The four-argument constructor leaves the JVM's default SSL socket factory alone.
        var fresh = new Connection(
                current.apiKey(),
                current.baseUrl(),
                new NotificationClient(current.apiKey(), current.baseUrl(), null, null));
        connection = fresh;
        return fresh.client();
    }

    private record Connection(String apiKey, String baseUrl, NotificationClient client) {
        boolean matches(NotifySettings settings) {
            return apiKey.equals(settings.apiKey()) && baseUrl.equals(settings.baseUrl());
        }

        @Override
        public String toString() {
            return "Connection[" + baseUrl + "]";
        }
    }

    static Delivery.Refused refusal(NotificationClientException e) {
        int status = e.getHttpResult();
        if (status == 0) {
            var cause = e.getCause() == null ? e : e.getCause();
            return new Delivery.Refused(
                    "Notify could not be reached: " + cause.getClass().getSimpleName()
                            + (cause.getMessage() == null ? "" : " " + cause.getMessage()),
                    false);
        }
        boolean permanent = status >= 400 && status < 500 && status != 408 && status != 429;
        return new Delivery.Refused(limit("Notify answered " + status + errors(e.getMessage())), permanent);
    }

    /** Notify's error types and messages ({@code {"errors": [{"error", "message"}]}}), which name no recipient. */
    private static String errors(String message) {
        if (message == null) return "";
        var start = message.indexOf('{');
        if (start < 0) return "";
        try {
            var errors = new JSONObject(message.substring(start)).optJSONArray("errors");
            if (errors == null || errors.isEmpty()) return "";
            var said = new StringBuilder();
            for (int i = 0; i < errors.length(); i++) {
                var error = errors.optJSONObject(i);
                if (error == null) continue;
                said.append(i == 0 ? ": " : "; ")
                        .append(error.optString("error"))
                        .append(' ')
                        .append(error.optString("message"));
            }
            return said.toString();
        } catch (JSONException e) {
            return "";
        }
    }

    private static String limit(String reason) {
        return reason.length() <= MAX_REASON ? reason : reason.substring(0, MAX_REASON);
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
