package org.casework.notification.channels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.casework.engine.CaseId;
import org.casework.engine.CaseView;
import org.casework.engine.Cases;
import org.casework.engine.Citizen;
import org.casework.engine.StartCase;
import org.casework.engine.TimelineEntry;
import org.casework.identity.ApiKeys;
import org.casework.identity.CitizenProfile;
import org.casework.identity.Citizens;
import org.casework.identity.NewCitizen;
import org.casework.identity.NotifyBy;
import org.casework.identity.Staff;
import org.casework.notification.NotificationTemplate;
import org.casework.notification.Templates;
import org.casework.portal.CitizenRequests;
import org.casework.support.Api;
import org.casework.support.FakeNotify;
import org.casework.support.IntegrationTest;
import org.casework.support.MailServer;
import org.casework.support.TestCouncil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A text message goes out through GOV.UK Notify (the tests' fake, which checks the JWT and the request against Notify's
 * OpenAPI; every test context sends to it), and what Notify later reports becomes the message's outcome: delivered on the timeline, or a failure that
 * falls back to the citizen's email.
 */
@IntegrationTest
class NotifyDeliveryJourneyTests {

    static final FakeNotify NOTIFY = FakeNotify.shared();

    @Autowired
    Staff staff;

    @Autowired
    ApiKeys apiKeys;

    @Autowired
    Templates templates;

    @Autowired
    Cases cases;

    @Autowired
    JdbcClient db;

    @LocalServerPort
    int port;

    @Autowired
    Citizens citizens;

    @Autowired
    CitizenRequests requests;

    String process;
    String decided;

    @BeforeEach
    void aProcessThatTextsTheCitizen() {
        var council = new TestCouncil(staff, apiKeys, port);
        council.officer("olive", "officers");
        var received = council.named("received");
        decided = council.named("decided");
        templates.save(
                new NotificationTemplate(
                        decided,
                        "Decided",
                        "Done: ((reference))",
                        "Your request ((reference)) is done.",
                        "Council: your request ((reference)) is done.",
                        0),
                "test");
        templates.save(
                new NotificationTemplate(
                        received,
                        "Received",
                        "We have ((reference))",
                        "We have your request ((reference)).",
                        "Council: we have your request ((reference)).",
                        0),
                "test");
        process = council.publish(
                council.admin().api(),
                """
                {
                  "key": "%s",
                  "name": "Report fly-tipping",
                  "fields": [{"key": "summary", "label": "What is it?", "type": "text"}],
                  "start": "assess",
                  "steps": [
                    {"kind": "task", "key": "assess", "name": "Assess", "allocation": {"team": "%s"},
                     "next": "done"},
                    {"kind": "end", "key": "done", "name": "Done", "outcome": "resolved"}
                  ],
                  "actions": [
                    {"kind": "notify", "on": "case-started", "template": "%s", "to": "citizen"},
                    {"kind": "notify", "on": "step-completed", "target": "assess", "template": "%s",
                     "to": "citizen"}
                  ]
                }
                """.formatted(council.named("fly-tipping"), council.named("officers"), received, decided),
                council.named("fly-tipping"));
    }

    @Test
    void aTextMessageNotifyDeliversIsMarkedDeliveredOnTheTimeline() {
        var started = start(new Citizen("Al", null, "07700900111"));

        var id = sentId(started);
        var text = NOTIFY.taken().stream()
                .filter(t -> id.toString().equals(t.reference()))
                .findFirst()
                .orElseThrow();
        assertThat(text.type()).isEqualTo("sms");
        assertThat(text.request().path("phone_number").asString()).isEqualTo("07700900111");
        assertThat(text.request().path("personalisation").path("body").asString())
                .isEqualTo("Council: we have your request " + started.reference() + ".");

        var receipt = new Api(port, NotifyCallbackTests.TOKEN)
                .post(NotifyCallbackTests.PATH, NotifyCallbackTests.receipt(id, "delivered"));

        assertThat(receipt.status()).isEqualTo(204);
        assertThat(status(id)).isEqualTo("delivered");
        assertThat(types(started.id())).containsSubsequence("notification-sent", "notification-delivered");
    }

    @Test
    void aTextMessageNotifyCannotDeliverFallsBackToTheCitizensEmail() {
        var email = "fallback-" + UUID.randomUUID() + "@example.org";
        var account = citizens.register(new NewCitizen(email, "a long enough password", "Bo", "Jones"));
        citizens.verifyEmail(account.secret());
        var bo = citizens.find(account.to().id()).orElseThrow();
        citizens.update(
                bo.id(),
                new CitizenProfile("Bo", "Jones", null, "07700900222", null, NotifyBy.SMS, false),
                bo.version());
        var started = start(new Citizen("Bo Jones", null, null));
        requests.record(started.id(), bo.id());
        var token = db.sql("select step_token from cases where id = :id")
                .param("id", started.id().value())
                .query(Integer.class)
                .single();
        cases.completeStep(started.id(), "assess", token, Map.of(), "olive");
        await().atMost(Duration.ofSeconds(30))
                .until(() -> "sent"
                        .equals(db.sql("select status from notifications where case_id = :id and template_key"
                                        + " = :t")
                                .param("id", started.id().value())
                                .param("t", decided)
                                .query(String.class)
                                .single()));
        var id = db.sql("select id from notifications where case_id = :id and template_key = :t")
                .param("id", started.id().value())
                .param("t", decided)
                .query(UUID.class)
                .single();

        new Api(port, NotifyCallbackTests.TOKEN)
                .post(NotifyCallbackTests.PATH, NotifyCallbackTests.receipt(id, "permanent-failure"));

        assertThat(MailServer.awaitEmail(email, 1)).contains("Your request " + started.reference() + " is done.");
        assertThat(status(id)).isEqualTo("fell-back");
        assertThat(cases.timeline(started.id()).stream()
                        .filter(e -> e.type().equals("notification-fell-back"))
                        .toList())
                .singleElement()
                .satisfies(entry -> assertThat(entry.detail())
                        .containsEntry("channel", "sms")
                        .containsEntry("reason", "The provider could not deliver it (permanent-failure)")
                        .containsEntry("fallback", "email"));
    }

    private CaseView start(Citizen citizen) {
        return cases.start(new StartCase(process, Map.of("summary", "a sofa"), citizen, "test", null));
    }

    private UUID sentId(CaseView started) {
        try {
            await().atMost(Duration.ofSeconds(30)).until(() -> "sent".equals(statusOfCase(started.id())));
        } catch (org.awaitility.core.ConditionTimeoutException e) {
            throw new AssertionError("The text was not sent: "
                    + db.sql("select status || ': ' || coalesce(last_error,"
                                    + " '') from notifications where case_id = :id")
                            .param("id", started.id().value())
                            .query(String.class)
                            .list());
        }
        return db.sql("select id from notifications where case_id = :id")
                .param("id", started.id().value())
                .query(UUID.class)
                .single();
    }

    private String statusOfCase(CaseId id) {
        return db.sql("select status from notifications where case_id = :id")
                .param("id", id.value())
                .query(String.class)
                .optional()
                .orElse(null);
    }

    private String status(UUID id) {
        return db.sql("select status from notifications where id = :id")
                .param("id", id)
                .query(String.class)
                .single();
    }

    private List<String> types(CaseId id) {
        return cases.timeline(id).stream().map(TimelineEntry::type).toList();
    }
}
