package org.casework.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casework.api.ProblemAssertions.assertProblem;
import static org.casework.api.ProblemAssertions.errors;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.casework.identity.ApiKeys;
import org.casework.identity.Role;
import org.casework.identity.Staff;
import org.casework.support.Api;
import org.casework.support.FakeNotify;
import org.casework.support.IntegrationTestWithoutNotifySettings;
import org.casework.support.MailServer;
import org.casework.support.TestCouncil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An administrator sets GOV.UK Notify up, chooses the email provider and registers webhooks through the API, for a
 * council whose environment sets none of it. Secrets go in and never come out: responses say only whether one is set,
 * and the database holds them sealed. What is stored is what the channels then use.
 */
@IntegrationTestWithoutNotifySettings
class ChannelSettingsThroughTheApiTests {

    private static final String NOTIFY = "/api/v1/notification-channels/notify";
    private static final String EMAIL = "/api/v1/notification-channels/email";
    private static final String CALLBACK_TOKEN = "a-callback-token-only-notify-knows";

    @Autowired
    Staff staff;

    @Autowired
    ApiKeys apiKeys;

    @Autowired
    JdbcClient db;

    @LocalServerPort
    int port;

    TestCouncil council;
    Api admin;
    FakeNotify notify = FakeNotify.shared();

    @BeforeEach
    void anAdministrator() {
        council = new TestCouncil(staff, apiKeys, port);
        admin = council.admin().api();
    }

    @AfterEach
    void forgetStoredSettings() {
        // Other test classes share the database; their email goes by SMTP from the default sender.
        db.sql("delete from notification_settings").update();
    }

    private Map<String, Object> notifySettings() {
        return Map.of(
                "apiKey", FakeNotify.API_KEY,
                "baseUrl", notify.baseUrl(),
                "emailTemplateId", FakeNotify.EMAIL_TEMPLATE,
                "smsTemplateId", FakeNotify.SMS_TEMPLATE,
                "callbackToken", CALLBACK_TOKEN);
    }

    @Test
    void notifysKeyAndTokenGoInButNeverComeOut() {
        var before = admin.get(NOTIFY);
        assertThat(before.json().path("apiKeySet").asBoolean()).isFalse();
        assertThat(before.json().path("canSendSms").asBoolean()).isFalse();

        var saved = admin.put(NOTIFY, notifySettings());
        var read = admin.get(NOTIFY);

        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
        for (var response : List.of(saved, read)) {
            assertThat(response.json().path("apiKeySet").asBoolean()).isTrue();
            assertThat(response.json().path("callbackTokenSet").asBoolean()).isTrue();
            assertThat(response.json().path("smsTemplateId").asString()).isEqualTo(FakeNotify.SMS_TEMPLATE);
            assertThat(response.json().path("canSendSms").asBoolean()).isTrue();
            assertThat(response.json().path("fromEnvironment").isEmpty()).isTrue();
            assertThat(response.body())
                    .doesNotContain(FakeNotify.SECRET)
                    .doesNotContain(FakeNotify.SERVICE_ID)
                    .doesNotContain(CALLBACK_TOKEN);
        }
        for (var setting : List.of("casework.notify.api-key", "casework.notify.callback-token")) {
            var stored = db.sql("select setting_value from notification_settings where setting_key = :key")
                    .param("key", setting)
                    .query(String.class)
                    .single();
            assertThat(stored)
                    .startsWith("v1:")
                    .doesNotContain(FakeNotify.SECRET)
                    .doesNotContain(CALLBACK_TOKEN);
        }
    }

    @Test
    void storedNotifySettingsSendTheNextTextMessageAndCheckTheNextReceipt() {
        admin.put(NOTIFY, notifySettings());

        var sent = admin.post("/api/v1/notification-channels/sms/test-message", Map.of("to", "07700 900123"));

        assertThat(sent.status()).as(sent.toString()).isEqualTo(200);
        assertThat(sent.json().path("sent").asBoolean()).as(sent.toString()).isTrue();
        var taken = notify.taken().stream()
                .filter(t -> t.id().toString().equals(sent.text("/providerReference")))
                .findFirst()
                .orElseThrow();
        assertThat(taken.type()).isEqualTo("sms");
        assertThat(taken.request().path("phone_number").asString()).isEqualTo("07700 900123");
        assertThat(taken.request().path("template_id").asString()).isEqualTo(FakeNotify.SMS_TEMPLATE);
        assertThat(taken.request().path("personalisation").path("body").asString())
                .contains("This is a test message from Casework");

        var receipt = Map.of(
                "id",
                UUID.randomUUID().toString(),
                "reference",
                UUID.randomUUID().toString(),
                "status",
                "delivered",
                "notification_type",
                "sms");
        assertThat(new Api(port, CALLBACK_TOKEN)
                        .post("/api/v1/notify/callbacks", receipt)
                        .status())
                .isEqualTo(204);
        assertThat(new Api(port, "test-notify-callback-token")
                        .post("/api/v1/notify/callbacks", receipt)
                        .status())
                .isEqualTo(401);
    }

    @Test
    void aTestMessageNotifyRefusesSaysWhy() {
        admin.put(NOTIFY, notifySettings());

        var refused = admin.post("/api/v1/notification-channels/sms/test-message", Map.of("to", "01632 960001"));

        assertThat(refused.json().path("sent").asBoolean()).isFalse();
        assertThat(refused.text("/reason")).contains("Notify answered 400").contains("Not a UK mobile number");
    }

    @Test
    void settingsThatWillNotDoAreRefusedNamingEachAndNothingIsSaved() {
        var refused = admin.put(
                NOTIFY,
                Map.of(
                        "apiKey", "not-a-key",
                        "baseUrl", "http://notify.example.com",
                        "emailTemplateId", "template one",
                        "smsTemplateId", FakeNotify.SMS_TEMPLATE,
                        "callbackToken", "short"));

        var problem = assertProblem(refused, 422);
        assertThat(errors(problem))
                .containsOnlyKeys("apiKey", "baseUrl", "emailTemplateId", "callbackToken")
                .containsEntry("baseUrl", "Enter the address of GOV.UK Notify's API, starting https://");
        assertThat(refused.body()).doesNotContain("not-a-key");
        var now = admin.get(NOTIFY).json();
        assertThat(now.path("apiKeySet").asBoolean()).isFalse();
        assertThat(now.path("smsTemplateId").isNull()).isTrue();
    }

    @Test
    void anEmptyTextRemovesAStoredSettingAndNullLeavesItAlone() {
        admin.put(NOTIFY, notifySettings());

        var changed = admin.put(NOTIFY, "{\"smsTemplateId\": \"\", \"apiKey\": null}");

        assertThat(changed.json().path("apiKeySet").asBoolean()).isTrue();
        assertThat(changed.json().path("smsTemplateId").isNull()).isTrue();
        assertThat(changed.json().path("canSendSms").asBoolean()).isFalse();
        var refused = admin.post("/api/v1/notification-channels/sms/test-message", Map.of("to", "07700900123"));
        assertThat(refused.json().path("sent").asBoolean()).isFalse();
        assertThat(refused.text("/reason")).contains("No sms channel is set up");
    }

    @Test
    void emailGoesThroughTheChosenProviderFromTheChosenSender() {
        var tooSoon = admin.put(EMAIL, Map.of("provider", "notify"));
        assertThat(errors(assertProblem(tooSoon, 422))).containsOnlyKeys("provider");
        assertThat(errors(assertProblem(admin.put(EMAIL, Map.of("from", "not an address")), 422)))
                .containsOnlyKeys("from");

        var address = council.named("resident") + "@example.org";
        var smtp = admin.put(EMAIL, Map.of("provider", "smtp", "from", "council@example.gov.uk"));
        assertThat(smtp.json().path("from").asString()).isEqualTo("council@example.gov.uk");
        var bySmtp = admin.post(EMAIL + "/test-message", Map.of("to", address));
        assertThat(bySmtp.json().path("sent").asBoolean()).as(bySmtp.toString()).isTrue();
        assertThat(MailServer.awaitEmail(address, 1)).contains("This is a test message from Casework");
        assertThat(MailServer.sendersTo(address)).containsExactly("council@example.gov.uk");

        admin.put(NOTIFY, notifySettings());
        assertThat(admin.put(EMAIL, Map.of("provider", "notify"))
                        .json()
                        .path("provider")
                        .asString())
                .isEqualTo("notify");
        var byNotify = admin.post(EMAIL + "/test-message", Map.of("to", address));
        assertThat(byNotify.json().path("sent").asBoolean())
                .as(byNotify.toString())
                .isTrue();
        assertThat(notify.taken())
                .anyMatch(t -> t.id().toString().equals(byNotify.text("/providerReference"))
                        && t.request().path("email_address").asString().equals(address));
        assertThat(MailServer.textsTo(address)).hasSize(1);
    }

    @Test
    void aWebhookIsGivenItsSecretOnceAndTheTestMessageIsSignedWithIt() throws Exception {
        try (var receiver = new Receiver()) {
            var key = council.named("street-works");

            var registered = admin.post("/api/v1/webhooks", Map.of("key", key, "url", receiver.url()));

            assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
            var secret = registered.text("/secret");
            assertThat(secret).startsWith("whsec_");
            var listed = admin.get("/api/v1/webhooks");
            assertThat(listed.body()).contains(key).doesNotContain(secret);
            var stored = db.sql("select secret from webhook_endpoints where endpoint_key = :key")
                    .param("key", key)
                    .query(String.class)
                    .single();
            assertThat(stored).isNotEqualTo(secret).doesNotContain(secret.substring("whsec_".length()));

            var tested = admin.post("/api/v1/webhooks/" + key + "/test-message", Map.of());
            assertThat(tested.json().path("sent").asBoolean())
                    .as(tested.toString())
                    .isTrue();
            var call = receiver.calls.getFirst();
            assertThat(call.body()).contains("\"event\":\"test\"");
            assertThat(call.signature()).isEqualTo(sign(secret, call.id(), call.timestamp(), call.body()));

            assertThat(admin.delete("/api/v1/webhooks/" + key).status()).isEqualTo(204);
            assertThat(admin.get("/api/v1/webhooks").json())
                    .filteredOn(e -> e.path("key").asString().equals(key))
                    .singleElement()
                    .satisfies(e -> assertThat(e.path("active").asBoolean()).isFalse());
            var afterwards = admin.post("/api/v1/webhooks/" + key + "/test-message", Map.of());
            assertThat(afterwards.json().path("sent").asBoolean()).isFalse();
            assertThat(receiver.calls).hasSize(1);
        }
    }

    @Test
    void aWebhookMustBeHttpsAndItsOwnSecretIsNotEchoed() {
        var key = council.named("contractor");
        var plain = admin.post("/api/v1/webhooks", Map.of("key", key, "url", "http://hooks.example.com/in"));
        assertThat(errors(assertProblem(plain, 422))).containsOnlyKeys("url");
        var badKey = admin.post("/api/v1/webhooks", Map.of("key", "Not A Key", "url", "https://hooks.example.com"));
        assertThat(errors(assertProblem(badKey, 422))).containsOnlyKeys("key");

        var own = "a secret the contractor chose for itself";
        var registered = admin.post(
                "/api/v1/webhooks", Map.of("key", key, "url", "https://hooks.example.com/in", "secret", own));
        var again = admin.post(
                "/api/v1/webhooks", Map.of("key", key, "url", "https://hooks.example.com/new", "secret", own));

        assertThat(registered.status()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(200);
        assertThat(registered.body() + again.body()).doesNotContain(own);
        assertThat(again.text("/url")).isEqualTo("https://hooks.example.com/new");
        assertProblem(admin.delete("/api/v1/webhooks/" + council.named("nobody")), 404);
    }

    @Test
    void onlyAnAdministratorMayChangeOrSeeChannels() {
        var officer = council.officer("olu", Set.of(Role.OFFICER), "highways").api();

        assertThat(officer.get(NOTIFY).status()).isEqualTo(403);
        assertThat(officer.put(NOTIFY, notifySettings()).status()).isEqualTo(403);
        assertThat(officer.post("/api/v1/webhooks", Map.of("key", "x", "url", "https://x.example"))
                        .status())
                .isEqualTo(403);
        assertThat(admin.get(NOTIFY).json().path("apiKeySet").asBoolean()).isFalse();
    }

    private static String sign(String secret, String id, String timestamp, String body) throws Exception {
        var mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
        return "v1,"
                + Base64.getEncoder()
                        .encodeToString(
                                mac.doFinal((id + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8)));
    }

    /** A webhook receiver on this machine that answers 204 and remembers each call. */
    static final class Receiver implements AutoCloseable {

        record Call(String id, String timestamp, String signature, String body) {}

        final List<Call> calls = new CopyOnWriteArrayList<>();
        private final HttpServer server;

        Receiver() throws IOException {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.createContext("/", exchange -> {
                try (exchange) {
                    var headers = exchange.getRequestHeaders();
                    calls.add(new Call(
                            headers.getFirst("webhook-id"),
                            headers.getFirst("webhook-timestamp"),
                            headers.getFirst("webhook-signature"),
                            new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
                    exchange.sendResponseHeaders(204, -1);
                }
            });
            server.start();
        }

        String url() {
            return "http://127.0.0.1:" + server.getAddress().getPort() + "/casework";
        }

        @Override
        public void close() {
            server.stop(0);
        }
    }
}
