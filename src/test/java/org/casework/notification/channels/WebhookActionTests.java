package org.casework.notification.channels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import org.casework.engine.Cases;
import org.casework.engine.Citizen;
import org.casework.engine.StartCase;
import org.casework.engine.TimelineEntry;
import org.casework.identity.ApiKeys;
import org.casework.identity.Staff;
import org.casework.notification.Webhooks;
import org.casework.support.IntegrationTest;
import org.casework.support.TestCouncil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.json.JsonMapper;

/**
 * A process's webhook action tells another system about the case: signed JSON sent after the event commits, retried
 * with growing waits while the system is down, under the same id every time, and recorded on the timeline once it
 * gets through.
 */
@IntegrationTest
class WebhookActionTests {

    @Autowired
    Staff staff;

    @Autowired
    ApiKeys apiKeys;

    @Autowired
    Cases cases;

    @Autowired
    Webhooks webhooks;

    @LocalServerPort
    int port;

    final WebhookReceiver receiver = WebhookReceiver.start();

    @AfterEach
    void stopReceiver() {
        receiver.close();
    }

    @Test
    void aSystemThatIsDownForAWhileGetsTheCaseEventOnceItIsBackUnderOneId() {
        var council = new TestCouncil(staff, apiKeys, port);
        council.officer("olive", "officers");
        var hook = council.named("street-scene");
        webhooks.register(hook, receiver.url("/events"), webhooks.newSecret());
        var process = council.publish(
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
                    {"kind": "webhook", "on": "case-started", "webhook": "%s"},
                    {"kind": "webhook", "on": "case-started", "webhook": "%s"}
                  ]
                }
                """.formatted(council.named("fly-tipping"), council.named("officers"), hook, hook),
                council.named("fly-tipping"));
        receiver.failNext(2, 503);

        var started = cases.start(new StartCase(process, Map.of("summary", "a sofa"), Citizen.ANONYMOUS, "test", null));

        await().atMost(Duration.ofSeconds(30))
                .until(() -> cases.timeline(started.id()).stream()
                        .anyMatch(e -> e.type().equals("notification-sent")));
        var calls = receiver.received();
        assertThat(calls).as("two refusals and the call that got through").hasSize(3);
        assertThat(calls.stream().map(call -> call.header("webhook-id")).distinct())
                .as("the same id on every attempt, so the system can tell a repeat")
                .hasSize(1);
        var event = JsonMapper.builder().build().readTree(calls.getLast().body());
        assertThat(event.path("event").asString()).isEqualTo("case-started");
        assertThat(event.path("case").path("reference").asString()).isEqualTo(started.reference());
        assertThat(event.path("case").path("data").path("summary").asString()).isEqualTo("a sofa");
        assertThat(cases.timeline(started.id()).stream().filter(e -> e.type().equals("notification-sent")))
                .singleElement()
                .extracting(TimelineEntry::detail)
                .satisfies(detail -> assertThat(detail)
                        .containsEntry("channel", "webhook")
                        .containsEntry("recipient", "webhook:" + hook));
    }
}
