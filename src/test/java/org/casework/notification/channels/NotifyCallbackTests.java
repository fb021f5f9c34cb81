package org.casework.notification.channels;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.casework.notification.NotificationDeliveryReported;
import org.casework.support.Api;
import org.casework.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;

/** GOV.UK Notify's delivery receipts come in with the callback token and are announced once each. */
@IntegrationTest
class NotifyCallbackTests {

    static final String PATH = "/api/v1/notify/callbacks";
    static final String TOKEN = "test-notify-callback-token";

    @LocalServerPort
    int port;

    @Autowired
    ConfigurableApplicationContext context;

    final List<NotificationDeliveryReported> reported = new CopyOnWriteArrayList<>();
    final ApplicationListener<PayloadApplicationEvent<?>> listener = event -> {
        if (event.getPayload() instanceof NotificationDeliveryReported report) reported.add(report);
    };

    @BeforeEach
    void listen() {
        context.addApplicationListener(listener);
    }

    @AfterEach
    void stopListening() {
        context.removeApplicationListener(listener);
    }

    @Test
    void aReceiptWithTheCallbackTokenIsAnnouncedForTheMessageItsReferenceNames() {
        var outgoing = UUID.randomUUID();

        var response = new Api(port, TOKEN).post(PATH, receipt(outgoing, "delivered"));

        assertThat(response.status()).isEqualTo(204);
        assertThat(reportsFor(outgoing))
                .containsExactly(new NotificationDeliveryReported(
                        outgoing, "delivered", Instant.parse("2026-11-23T16:50:10.042907Z")));
    }

    @Test
    void aReceiptNotifySendsAgainIsAnnouncedOnlyOnce() {
        var outgoing = UUID.randomUUID();
        var notify = new Api(port, TOKEN);

        assertThat(notify.post(PATH, receipt(outgoing, "delivered")).status()).isEqualTo(204);
        assertThat(notify.post(PATH, receipt(outgoing, "delivered")).status()).isEqualTo(204);

        assertThat(reportsFor(outgoing)).hasSize(1);
    }

    @Test
    void eachNewStatusOfAMessageIsAnnounced() {
        var outgoing = UUID.randomUUID();
        var notify = new Api(port, TOKEN);

        notify.post(PATH, receipt(outgoing, "temporary-failure"));
        notify.post(PATH, receipt(outgoing, "delivered"));

        assertThat(reportsFor(outgoing))
                .extracting(NotificationDeliveryReported::status)
                .containsExactly("temporary-failure", "delivered");
    }

    @Test
    void aWrongOrMissingTokenIsUnauthorisedAndAnnouncesNothing() {
        var outgoing = UUID.randomUUID();

        var wrong = new Api(port, "not-the-token").post(PATH, receipt(outgoing, "delivered"));
        var missing = new Api(port, null).post(PATH, receipt(outgoing, "delivered"));
        var anApiKey = new Api(port, "cwk_" + "x".repeat(43)).post(PATH, receipt(outgoing, "delivered"));

        assertThat(List.of(wrong.status(), missing.status(), anApiKey.status())).containsOnly(401);
        assertThat(wrong.header("WWW-Authenticate")).isEqualTo("Bearer");
        assertThat(wrong.contentType()).startsWith("application/problem+json");
        assertThat(reportsFor(outgoing)).isEmpty();
    }

    @Test
    void aReceiptForAMessageThatIsNotOursIsTakenButNotAnnounced() {
        var body = receipt(UUID.randomUUID(), "delivered");
        body.put("reference", "someone-elses-reference");
        var before = reported.size();

        var response = new Api(port, TOKEN).post(PATH, body);

        assertThat(response.status()).isEqualTo(204);
        assertThat(reported).hasSize(before);
    }

    @Test
    void theReceiverIsDocumentedWithTheTokenItTakesInsteadOfAnApiKey() {
        var document = new Api(port, null).get("/v3/api-docs").json();

        var operation = document.path("paths").path(PATH).path("post");
        assertThat(operation.path("security").get(0).propertyNames()).containsExactly("notifyCallbackToken");
        assertThat(document.path("components")
                        .path("securitySchemes")
                        .path("notifyCallbackToken")
                        .path("scheme")
                        .asString())
                .isEqualTo("bearer");
    }

    private List<NotificationDeliveryReported> reportsFor(UUID outgoing) {
        return reported.stream().filter(r -> r.outgoingId().equals(outgoing)).toList();
    }

    /** A receipt as Notify's documentation shows it. */
    static Map<String, Object> receipt(UUID outgoing, String status) {
        var receipt = new java.util.LinkedHashMap<String, Object>();
        receipt.put("id", UUID.nameUUIDFromBytes(outgoing.toString().getBytes()).toString());
        receipt.put("reference", outgoing.toString());
        receipt.put("to", "simulate-delivered@notifications.service.gov.uk");
        receipt.put("status", status);
        receipt.put("created_at", "2026-11-23T16:50:09.090424Z");
        receipt.put("completed_at", "2026-11-23T16:50:10.042907Z");
        receipt.put("sent_at", "2026-11-23T16:50:09.219763Z");
        receipt.put("notification_type", "email");
        receipt.put("template_id", "9d751e0e-f929-4891-82a1-a3e1c3c18ee3");
        receipt.put("template_version", 1);
        return receipt;
    }
}
