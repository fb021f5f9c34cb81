package org.casework.notification.channels;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import org.casework.notification.Channel;
import org.casework.notification.ChannelKind;
import org.casework.notification.Delivery;
import org.casework.notification.OutgoingMessage;
import org.springframework.stereotype.Component;

/**
 * POSTs the message's JSON to the registered endpoint its {@code to} names, signed the Standard Webhooks way:
 * {@code webhook-id} (the outbox id, the same on every attempt, so the receiver can drop a repeat),
 * {@code webhook-timestamp} (epoch seconds) and {@code webhook-signature}. A 2xx answer is accepted; a 4xx other than
 * 408 and 429 means the receiver will not take it (permanent); anything else, or no answer in time, is passing. One
 * try per call: the outbox waits and tries again.
 */
@Component
class SignedWebhook implements Channel {

    private final WebhookRegistry registry;
    private final Clock clock;
    private final Duration readTimeout;
    private final HttpClient http;

    SignedWebhook(WebhookRegistry registry, Clock clock, WebhookProperties properties) {
        this.registry = registry;
        this.clock = clock;
        this.readTimeout = properties.readTimeout();
        this.http = HttpClient.newBuilder()
                .connectTimeout(properties.connectTimeout())
                // A redirect would carry the signed body somewhere nobody registered.
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    @Override
    public ChannelKind kind() {
        return ChannelKind.WEBHOOK;
    }

    @Override
    public String provider() {
        return "webhook";
    }

    @Override
    public boolean configured() {
        return true;
    }

    @Override
    public Delivery send(OutgoingMessage message) {
        WebhookRegistry.Target target;
        try {
            var found = registry.target(message.to());
            if (found.isEmpty())
                return new Delivery.Refused("No active webhook is registered as '" + message.to() + "'", true);
            target = found.get();
        } catch (IllegalStateException e) {
            return new Delivery.Refused("The webhook's secret could not be opened: " + e.getMessage(), true);
        }
        var id = message.id().toString();
        var timestamp = clock.instant().getEpochSecond();
        var request = HttpRequest.newBuilder(target.url())
                .timeout(readTimeout)
                .header("Content-Type", "application/json")
                .header("webhook-id", id)
                .header("webhook-timestamp", Long.toString(timestamp))
                .header("webhook-signature", WebhookSignature.sign(target.secret(), id, timestamp, message.body()))
                .POST(HttpRequest.BodyPublishers.ofString(message.body()))
                .build();
        try {
            var status =
                    http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status >= 200 && status < 300) return new Delivery.Accepted(null);
            var permanent = status >= 400 && status < 500 && status != 408 && status != 429;
            return new Delivery.Refused("The webhook answered " + status, permanent);
        } catch (IOException e) {
            return new Delivery.Refused(
                    "The webhook could not be reached: " + e.getClass().getSimpleName()
                            + (e.getMessage() == null ? "" : " " + e.getMessage()),
                    false);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Delivery.Refused("Interrupted while calling the webhook", false);
        }
    }
}
