package org.casework.notification.channels;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.time.Duration;
import java.util.UUID;
import org.casework.notification.ChannelKind;
import org.casework.notification.Delivery;
import org.casework.notification.OutgoingMessage;
import org.casework.support.FakeNotify;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Email and text messages through GOV.UK Notify's official client, against a fake Notify as strict as the real one. */
class NotifyChannelTests {

    static final String EMAIL_TEMPLATE = "9d751e0e-f929-4891-82a1-a3e1c3c18ee3";
    static final String SMS_TEMPLATE = "f33517ff-2a88-4f6e-b855-c550268ce08a";
    static final String SIMULATED_EMAIL = "simulate-delivered@notifications.service.gov.uk";
    static final String SIMULATED_MOBILE = "07700900000";

    static FakeNotify notify;

    @BeforeAll
    static void startNotify() {
        notify = FakeNotify.start();
    }

    @AfterAll
    static void stopNotify() {
        notify.close();
    }

    @BeforeEach
    void forgetEarlierTests() {
        notify.reset();
    }

    @Test
    void anEmailGoesThroughTheCouncilsTemplateWithItsSubjectAndBodyAndTheOutboxIdAsReference() {
        var message = email(SIMULATED_EMAIL);

        var delivery = new NotifyEmail(api(FakeNotify.API_KEY)).send(message);

        var taken = notify.taken();
        assertThat(taken).hasSize(1);
        assertThat(delivery)
                .isEqualTo(new Delivery.Accepted(taken.getFirst().id().toString()));
        var request = taken.getFirst().request();
        assertThat(request.path("email_address").asString()).isEqualTo(SIMULATED_EMAIL);
        assertThat(request.path("template_id").asString()).isEqualTo(EMAIL_TEMPLATE);
        assertThat(request.path("reference").asString()).isEqualTo(message.id().toString());
        assertThat(request.path("personalisation").path("subject").asString()).isEqualTo("Your request CW-2026-0042");
        assertThat(request.path("personalisation").path("body").asString())
                .isEqualTo("We have your request.\n\n^ Keep this reference.");
    }

    @Test
    void aTextMessageGoesThroughTheTextTemplateWithItsBody() {
        var message = new OutgoingMessage(
                UUID.randomUUID(), ChannelKind.SMS, SIMULATED_MOBILE, null, "Your bin is booked.", "CW-2026-0042");

        var delivery = new NotifySms(api(FakeNotify.API_KEY)).send(message);

        var taken = notify.taken();
        assertThat(taken).hasSize(1);
        assertThat(delivery)
                .isEqualTo(new Delivery.Accepted(taken.getFirst().id().toString()));
        var request = taken.getFirst().request();
        assertThat(request.path("phone_number").asString()).isEqualTo(SIMULATED_MOBILE);
        assertThat(request.path("template_id").asString()).isEqualTo(SMS_TEMPLATE);
        assertThat(request.path("reference").asString()).isEqualTo(message.id().toString());
        assertThat(request.path("personalisation").propertyNames()).containsExactly("body");
        assertThat(request.path("personalisation").path("body").asString()).isEqualTo("Your bin is booked.");
    }

    @Test
    void aKeyNotifyDoesNotRecogniseIsRefusedForGoodAndTheKeyIsNotInTheReason() {
        var wrongKey = "casework_test-" + FakeNotify.SERVICE_ID + "-" + UUID.randomUUID();

        var delivery = new NotifyEmail(api(wrongKey)).send(email(SIMULATED_EMAIL));

        assertThat(delivery).isInstanceOfSatisfying(Delivery.Refused.class, refused -> {
            assertThat(refused.permanent()).isTrue();
            assertThat(refused.reason()).contains("403").contains("AuthError").doesNotContain(wrongKey);
        });
        assertThat(notify.taken()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"400, true", "403, true", "429, false", "500, false"})
    void notifyRefusingIsPermanentAndNotifyStrugglingIsPassing(int status, boolean permanent) {
        notify.failWith(status);

        var delivery = new NotifySms(api(FakeNotify.API_KEY))
                .send(new OutgoingMessage(UUID.randomUUID(), ChannelKind.SMS, SIMULATED_MOBILE, null, "Hello", null));

        assertThat(delivery).isInstanceOfSatisfying(Delivery.Refused.class, refused -> {
            assertThat(refused.permanent()).isEqualTo(permanent);
            assertThat(refused.reason()).contains(Integer.toString(status));
        });
    }

    @Test
    void anAddressNotifyWouldNotTakeIsRefusedForGood() {
        // The official schema wants at least five characters: the fake checks every request against it.
        var delivery = new NotifyEmail(api(FakeNotify.API_KEY)).send(email("a@b"));

        assertThat(delivery).isInstanceOfSatisfying(Delivery.Refused.class, refused -> {
            assertThat(refused.permanent()).isTrue();
            assertThat(refused.reason()).contains("400").contains("ValidationError");
        });
    }

    @Test
    void notifyNotAnsweringAtAllIsPassing() throws Exception {
        int closedPort;
        try (var socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        var unreachable = new NotifyApi(
                () -> new NotifySettings(
                        FakeNotify.API_KEY, "http://127.0.0.1:" + closedPort, EMAIL_TEMPLATE, SMS_TEMPLATE, null),
                properties());

        var delivery = new NotifyEmail(unreachable).send(email(SIMULATED_EMAIL));

        assertThat(delivery).isInstanceOfSatisfying(Delivery.Refused.class, refused -> {
            assertThat(refused.permanent()).isFalse();
            assertThat(refused.reason()).startsWith("Notify could not be reached");
        });
    }

    @Test
    void notifyTakingTooLongToAnswerIsPassing() throws Exception {
        // A server that takes the connection and never answers: the client itself would wait for ever.
        try (var silent = new ServerSocket(0)) {
            var slow = new NotifyApi(
                    () -> new NotifySettings(
                            FakeNotify.API_KEY,
                            "http://127.0.0.1:" + silent.getLocalPort(),
                            EMAIL_TEMPLATE,
                            SMS_TEMPLATE,
                            null),
                    new NotifyProperties(null, null, null, null, null, Duration.ofMillis(300)));

            var delivery = new NotifyEmail(slow).send(email(SIMULATED_EMAIL));

            assertThat(delivery)
                    .isEqualTo(new Delivery.Refused(
                            "Notify could not be reached: IOException No answer within PT0.3S", false));
        }
    }

    @Test
    void anEarlierAttemptThatReachedNotifyIsFoundByItsReference() {
        var channel = new NotifyEmail(api(FakeNotify.API_KEY));
        var sent = email(SIMULATED_EMAIL);
        var accepted = channel.send(sent);
        channel.send(email(SIMULATED_EMAIL));

        assertThat(channel.earlierAttempt(sent)).contains(accepted);
        assertThat(channel.earlierAttempt(email(SIMULATED_EMAIL))).isEmpty();
        assertThat(new NotifySms(api(FakeNotify.API_KEY))
                        .earlierAttempt(
                                new OutgoingMessage(sent.id(), ChannelKind.SMS, SIMULATED_MOBILE, null, "Hello", null)))
                .as("an email is not taken for a text message with the same reference")
                .isEmpty();
    }

    @Test
    void notKnowingWhetherAnEarlierAttemptArrivedIsNotTakenAsNo() {
        var channel = new NotifyEmail(api(FakeNotify.API_KEY));
        notify.failWith(500);

        assertThat(channel.earlierAttempt(email(SIMULATED_EMAIL)))
                .hasValueSatisfying(delivery -> assertThat(delivery)
                        .isInstanceOfSatisfying(
                                Delivery.Refused.class,
                                refused -> assertThat(refused.permanent()).isFalse()));
    }

    @Test
    void aChannelWithoutItsTemplateIsNotSetUpAndRefusesAtOnce() {
        var emailOnly = new NotifyApi(
                () -> new NotifySettings(FakeNotify.API_KEY, notify.baseUrl(), EMAIL_TEMPLATE, " ", null),
                properties());

        assertThat(new NotifyEmail(emailOnly).configured()).isTrue();
        var sms = new NotifySms(emailOnly);
        assertThat(sms.configured()).isFalse();
        assertThat(sms.send(
                        new OutgoingMessage(UUID.randomUUID(), ChannelKind.SMS, SIMULATED_MOBILE, null, "Hi", null)))
                .isEqualTo(new Delivery.Refused("GOV.UK Notify is not set up for text messages", true));
        assertThat(notify.taken()).isEmpty();
    }

    @Test
    void theSettingsNeverShowTheKeyOrTheCallbackToken() {
        var settings = new NotifySettings(FakeNotify.API_KEY, null, EMAIL_TEMPLATE, SMS_TEMPLATE, "callback-secret");
        var properties = new NotifyProperties(
                FakeNotify.API_KEY, null, EMAIL_TEMPLATE, SMS_TEMPLATE, "callback-secret", Duration.ofSeconds(1));

        assertThat(settings.baseUrl()).isEqualTo("https://api.notifications.service.gov.uk");
        for (var shown : new String[] {settings.toString(), properties.toString()}) {
            assertThat(shown).doesNotContain(FakeNotify.SECRET).doesNotContain("callback-secret");
            assertThat(shown).contains(EMAIL_TEMPLATE);
        }
    }

    private static NotifyApi api(String apiKey) {
        return new NotifyApi(
                () -> new NotifySettings(apiKey, notify.baseUrl(), EMAIL_TEMPLATE, SMS_TEMPLATE, null), properties());
    }

    private static NotifyProperties properties() {
        return new NotifyProperties(null, null, null, null, null, Duration.ofSeconds(10));
    }

    private static OutgoingMessage email(String to) {
        return new OutgoingMessage(
                UUID.randomUUID(),
                ChannelKind.EMAIL,
                to,
                "Your request CW-2026-0042",
                "We have your request.\n\n^ Keep this reference.",
                "CW-2026-0042");
    }
}
