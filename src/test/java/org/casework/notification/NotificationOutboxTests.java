package org.casework.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.casework.engine.CaseId;
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
import org.casework.portal.CitizenRequests;
import org.casework.support.IntegrationTest;
import org.casework.support.MailServer;
import org.casework.support.TestCouncil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A process's notify actions reach the citizen through the outbox: written with the event, sent after it commits,
 * once, by the channel the citizen prefers or the next one they have, and each outcome on the case's timeline.
 */
@IntegrationTest
class NotificationOutboxTests {

    @Autowired
    Staff staff;

    @Autowired
    ApiKeys apiKeys;

    @Autowired
    Templates templates;

    @Autowired
    Cases cases;

    @Autowired
    Citizens citizens;

    @Autowired
    CitizenRequests requests;

    @Autowired
    JdbcClient db;

    @Autowired
    org.casework.portal.TrackingLinks trackingLinks;

    @LocalServerPort
    int port;

    TestCouncil council;
    String received;
    String decided;
    String process;

    @BeforeEach
    void aProcessThatTellsTheCitizen() {
        council = new TestCouncil(staff, apiKeys, port);
        council.officer("olive", "officers");
        received = council.named("received");
        decided = council.named("decided");
        var admin = council.admin().api();
        process = council.saveDraft(
                admin,
                """
                {
                  "key": "%s",
                  "name": "Report fly-tipping",
                  "fields": [
                    {"key": "summary", "label": "What is it?", "type": "text", "mandatory": true},
                    {"key": "category", "label": "Kind", "type": "choice", "options": ["bulky", "small"],
                     "optionLabels": {"bulky": "Bulky waste"}}
                  ],
                  "start": "assess",
                  "steps": [
                    {"kind": "task", "key": "assess", "name": "Assess", "allocation": {"team": "%s"},
                     "next": "done"},
                    {"kind": "end", "key": "done", "name": "Done", "outcome": "resolved"}
                  ],
                  "actions": [
                    {"kind": "notify", "on": "case-started", "template": "%s", "to": "citizen"},
                    {"kind": "notify", "on": "case-started", "template": "%s", "to": "citizen"},
                    {"kind": "notify", "on": "step-completed", "target": "assess", "template": "%s",
                     "to": "citizen"}
                  ]
                }
                """.formatted(council.named("fly-tipping"), council.named("officers"), received, received, decided),
                council.named("fly-tipping"));
        // The templates use the process's fields, so come after its draft; its actions send them, so before publishing.
        templates.save(
                new NotificationTemplate(
                        received,
                        "Request received",
                        "We have your request ((reference))",
                        "Dear ((citizen name)),\n\nWe have your ((service)) request about ((summary)), in category"
                                + " ((category)). We aim to finish by ((due date)).",
                        "Council: we have your request ((reference)).",
                        0),
                "test");
        templates.save(
                new NotificationTemplate(
                        decided,
                        "Decision made",
                        "A decision on ((reference))",
                        "Your request ((reference)) has been decided. Follow it at ((tracking link))",
                        "Council: your request ((reference)) has been decided.",
                        0),
                "test");
        council.publishDraft(admin, process);
    }

    @Test
    void theCitizenIsEmailedTheTemplateFilledFromTheirCaseOnceEvenWhenTwoActionsAskForIt() {
        var email = council.named("jo") + "@example.org";
        var started = cases.start(new StartCase(
                process,
                Map.of("summary", "a sofa on the verge", "category", "bulky"),
                new Citizen("Jo Bloggs", email, null),
                "test",
                null));

        var text = MailServer.awaitEmail(email, 1);
        assertThat(text)
                .contains("Dear Jo Bloggs,")
                .contains("Report fly-tipping request about a sofa on the verge, in category Bulky waste")
                .contains("We aim to finish by ");
        assertThat(MailServer.subjectsTo(email)).containsExactly("We have your request " + started.reference());
        await().atMost(Duration.ofSeconds(30)).until(() -> types(started.id()).contains("notification-sent"));
        // Give a second message every chance to arrive: the job runner polls ten times a second in tests.
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5)).until(() -> true);
        assertThat(MailServer.textsTo(email))
                .as("the two actions asking for the same message")
                .hasSize(1);
        assertThat(entries(started.id(), "notification-sent"))
                .singleElement()
                .satisfies(entry -> assertThat(entry.detail())
                        .containsEntry("channel", "email")
                        .containsEntry("provider", "smtp")
                        .containsEntry("recipient", "citizen")
                        .containsEntry("template", received));
    }

    @Test
    void aCitizenWhoPrefersTextsGetsAnEmailWhenTheirNumberCannotTakeTextsAndTheTimelineSaysSo() {
        var email = council.named("sam") + "@example.org";
        var account = citizens.register(new NewCitizen(email, "a long enough password", "Sam", "Jones"));
        citizens.verifyEmail(account.secret());
        var sam = citizens.find(account.to().id()).orElseThrow();
        citizens.update(
                sam.id(),
                new CitizenProfile("Sam", "Jones", null, "01632 960000", null, NotifyBy.SMS, false),
                sam.version());
        var started = cases.start(new StartCase(
                process, Map.of("summary", "bags by the bins"), new Citizen("Sam Jones", null, null), "test", null));
        requests.record(started.id(), sam.id());

        completeAssessment(started.id());

        await().atMost(Duration.ofSeconds(30)).until(() -> types(started.id()).contains("notification-sent"));
        var text = MailServer.awaitEmail(email, 1);
        assertThat(text).contains("Your request " + started.reference() + " has been decided.");
        var link = java.util.regex.Pattern.compile("/portal/track/" + started.reference() + "\\?key=([A-Za-z0-9_-]+)")
                .matcher(text);
        assertThat(link.find()).as("a tracking link in " + text).isTrue();
        assertThat(trackingLinks.open(started.reference(), link.group(1))).contains(started.id());
        assertThat(db.sql("select body from notifications where case_id = :id and channel = 'email'")
                        .param("id", started.id().value())
                        .query(String.class)
                        .single())
                .as("the stored message keeps no secret")
                .endsWith("Follow it at ((tracking link))");
        assertThat(entries(started.id(), "notification-fell-back"))
                .singleElement()
                .satisfies(entry -> assertThat(entry.detail())
                        .containsEntry("channel", "sms")
                        .containsEntry("fallback", "email")
                        .hasEntrySatisfying(
                                "reason", reason -> assertThat((String) reason).contains("Not a UK mobile number")));
        assertThat(db.sql("select channel || ':' || status from notifications where case_id = :id and template_key = :t"
                                + " order by created_at, channel")
                        .param("id", started.id().value())
                        .param("t", decided)
                        .query(String.class)
                        .list())
                .containsExactlyInAnyOrder("sms:fell-back", "email:sent");
    }

    @Test
    void aCaseGivingTheAddressOfAPortalAccountFollowsThatAccountsPreferenceFromTheStart() {
        var email = council.named("nina") + "@example.org";
        var account = citizens.register(new NewCitizen(email, "a long enough password", "Nina", "Jones"));
        citizens.verifyEmail(account.secret());
        var nina = citizens.find(account.to().id()).orElseThrow();
        citizens.update(
                nina.id(), new CitizenProfile("Nina", "Jones", null, null, null, NotifyBy.NONE, false), nina.version());

        // As an online form or an officer on the phone does: the case names her by her address.
        var started = cases.start(new StartCase(
                process, Map.of("summary", "a trolley"), new Citizen("Nina Jones", email, null), "online", null));

        assertThat(entries(started.id(), "notification-not-sent"))
                .singleElement()
                .satisfies(entry ->
                        assertThat(entry.detail()).containsEntry("reason", "the citizen asked not to be contacted"));
        assertThat(MailServer.textsTo(email)).isEmpty();
    }

    @Test
    void aCitizenWithNoWayToBeReachedIsNotForgottenSilently() {
        var started = cases.start(
                new StartCase(process, Map.of("summary", "a fridge"), new Citizen("Anon", null, null), "test", null));

        assertThat(entries(started.id(), "notification-not-sent"))
                .singleElement()
                .satisfies(entry -> assertThat(entry.detail())
                        .containsEntry("recipient", "citizen")
                        .containsEntry("reason", "the case has no email address or phone number"));
    }

    @Test
    void aMessageThatCannotBeSentByAnyChannelIsMarkedFailedOnTheTimeline() {
        var started = cases.start(new StartCase(
                process, Map.of("summary", "tyres"), new Citizen("Al", null, "01632 960001"), "test", null));

        await().atMost(Duration.ofSeconds(30)).until(() -> types(started.id()).contains("notification-failed"));
        assertThat(entries(started.id(), "notification-failed"))
                .singleElement()
                .satisfies(entry -> assertThat(entry.detail())
                        .containsEntry("channel", "sms")
                        .hasEntrySatisfying(
                                "reason", reason -> assertThat((String) reason).contains("Not a UK mobile number")));
    }

    private void completeAssessment(CaseId id) {
        var view = cases.get(id);
        var token = db.sql("select step_token from cases where id = :id")
                .param("id", id.value())
                .query(Integer.class)
                .single();
        cases.completeStep(id, view.currentStep(), token, Map.of(), "olive");
    }

    private List<String> types(CaseId id) {
        return cases.timeline(id).stream().map(TimelineEntry::type).toList();
    }

    private List<TimelineEntry> entries(CaseId id, String type) {
        return cases.timeline(id).stream().filter(e -> e.type().equals(type)).toList();
    }
}
