package org.casework.notification.channels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Base64;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.casework.notification.ChannelKind;
import org.casework.notification.Delivery;
import org.casework.notification.OutgoingMessage;
import org.casework.notification.WebhookEndpoint;
import org.casework.notification.WebhookRefused;
import org.casework.notification.Webhooks;
import org.casework.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Webhooks go to registered endpoints, signed so the receiver can tell they came from us and when. */
@IntegrationTest
class WebhookTests {

    @Autowired
    Webhooks webhooks;

    @Autowired
    SignedWebhook channel;

    @Autowired
    Clock clock;

    @Autowired
    JdbcClient db;

    WebhookReceiver receiver;
    String key;

    @BeforeEach
    void startReceiver() {
        receiver = WebhookReceiver.start();
        key = "contractor-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @AfterEach
    void stopReceiver() {
        receiver.close();
    }

    @Test
    void aWebhookCarriesTheBodySignedWithTheEndpointsSecretAndTheCurrentTime() throws Exception {
        var secret = webhooks.newSecret();
        webhooks.register(key, receiver.url("/casework/events"), secret);
        var message = message(key, "{\"event\":\"case-ended\",\"case\":\"CW-2026-0042\"}");

        var delivery = channel.send(message);

        assertThat(delivery).isInstanceOf(Delivery.Accepted.class);
        assertThat(receiver.received()).hasSize(1);
        var call = receiver.received().getFirst();
        assertThat(call.body()).isEqualTo(message.body());
        assertThat(call.header("Content-Type")).isEqualTo("application/json");
        assertThat(call.header("webhook-id")).isEqualTo(message.id().toString());
        var timestamp = Long.parseLong(call.header("webhook-timestamp"));
        assertThat(Math.abs(timestamp - clock.instant().getEpochSecond()))
                .as("within the five minutes Standard Webhooks receivers allow")
                .isLessThanOrEqualTo(300);
        // Checked as a Standard Webhooks library does: the secret's base64 after whsec_ is the HMAC key.
        var mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
        var expected = Base64.getEncoder()
                .encodeToString(mac.doFinal(
                        (message.id() + "." + timestamp + "." + message.body()).getBytes(StandardCharsets.UTF_8)));
        assertThat(call.header("webhook-signature")).isEqualTo("v1," + expected);
    }

    @ParameterizedTest
    @CsvSource({"500, false", "503, false", "408, false", "429, false", "410, true", "400, true", "404, true"})
    void aReceiverThatFailsIsTriedAgainLaterUnlessItWillNeverTakeIt(int status, boolean permanent) {
        webhooks.register(key, receiver.url("/hook"), webhooks.newSecret());
        receiver.answer(status);

        var delivery = channel.send(message(key, "{}"));

        assertThat(delivery).isEqualTo(new Delivery.Refused("The webhook answered " + status, permanent));
    }

    @Test
    void aReceiverThatIsNotThereIsTriedAgainLater() {
        webhooks.register(key, receiver.url("/hook"), webhooks.newSecret());
        receiver.close();

        var delivery = channel.send(message(key, "{}"));

        assertThat(delivery)
                .isInstanceOfSatisfying(
                        Delivery.Refused.class,
                        refused -> assertThat(refused.permanent()).isFalse());
    }

    @Test
    void anUnknownOrDeactivatedEndpointIsRefusedForGood() {
        webhooks.register(key, receiver.url("/hook"), webhooks.newSecret());
        webhooks.deactivate(key);

        assertThat(channel.send(message(key, "{}")))
                .isEqualTo(new Delivery.Refused("No active webhook is registered as '" + key + "'", true));
        assertThat(channel.send(message("never-registered", "{}")))
                .isInstanceOfSatisfying(
                        Delivery.Refused.class,
                        refused -> assertThat(refused.permanent()).isTrue());
        assertThat(receiver.received()).isEmpty();
    }

    @Test
    void registeringAgainReplacesTheAddressAndSecretAndReactivates() {
        webhooks.register(key, "https://old.example.gov.uk/hook", webhooks.newSecret());
        webhooks.deactivate(key);

        webhooks.register(key, receiver.url("/new"), webhooks.newSecret());

        assertThat(channel.send(message(key, "{}"))).isInstanceOf(Delivery.Accepted.class);
        assertThat(webhooks.list())
                .filteredOn(e -> e.key().equals(key))
                .singleElement()
                .satisfies(endpoint -> {
                    assertThat(endpoint.url()).isEqualTo(receiver.url("/new"));
                    assertThat(endpoint.active()).isTrue();
                });
    }

    @Test
    void theSecretIsNeverGivenBackAndIsSealedAtRest() {
        var secret = webhooks.newSecret();
        webhooks.register(key, receiver.url("/hook"), secret);

        var listed = webhooks.list().stream().filter(e -> e.key().equals(key)).toList();
        assertThat(listed)
                .singleElement()
                .satisfies(endpoint ->
                        assertThat(endpoint.toString()).doesNotContain(secret.substring("whsec_".length())));
        assertThat(WebhookEndpoint.class.getRecordComponents())
                .extracting(component -> component.getName())
                .containsExactly("key", "url", "active", "createdAt", "updatedAt");
        var stored = db.sql("select secret from webhook_endpoints where endpoint_key = :key")
                .param("key", key)
                .query(String.class)
                .single();
        assertThat(stored).doesNotContain(secret).doesNotContain(secret.substring("whsec_".length()));
    }

    @Test
    void anEndpointNeedsAKeyAWebAddressAndALongEnoughSecret() {
        assertThatThrownBy(() -> webhooks.register("Not A Key", receiver.url("/"), webhooks.newSecret()))
                .isInstanceOfSatisfying(
                        WebhookRefused.class, e -> assertThat(e.field()).isEqualTo("key"));
        assertThatThrownBy(() -> webhooks.register(key, "ftp://example.gov.uk/", webhooks.newSecret()))
                .isInstanceOfSatisfying(
                        WebhookRefused.class, e -> assertThat(e.field()).isEqualTo("url"));
        assertThatThrownBy(() -> webhooks.register(key, receiver.url("/"), "short"))
                .isInstanceOfSatisfying(
                        WebhookRefused.class, e -> assertThat(e.field()).isEqualTo("secret"));
        assertThat(webhooks.list()).noneMatch(e -> e.key().equals(key));
    }

    private static OutgoingMessage message(String to, String body) {
        return new OutgoingMessage(UUID.randomUUID(), ChannelKind.WEBHOOK, to, null, body, "CW-2026-0042");
    }
}
