package org.casework.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.casework.engine.Cases;
import org.casework.engine.Citizen;
import org.casework.engine.StartCase;
import org.casework.identity.ApiKeys;
import org.casework.identity.Staff;
import org.casework.support.IntegrationTest;
import org.casework.support.MailServer;
import org.casework.support.TestCouncil;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A template's placeholder for a field of several choices reads as the chosen options' labels, joined by commas. */
@IntegrationTest
class SeveralChoicesInMessagesTests {

    @Autowired
    Staff staff;

    @Autowired
    ApiKeys apiKeys;

    @Autowired
    Templates templates;

    @Autowired
    Cases cases;

    @LocalServerPort
    int port;

    @Test
    void theCitizenReadsTheLabelsOfTheServicesTheyChose() {
        var council = new TestCouncil(staff, apiKeys, port);
        council.officer("olive", "crews");
        var booked = council.named("booked");
        var admin = council.admin().api();
        var process = council.saveDraft(
                admin,
                """
                {
                  "key": "%s",
                  "name": "Book a collection",
                  "fields": [
                    {"key": "services", "label": "What needs collecting?", "type": "choices",
                     "options": ["garden", "bulky", "fridge"], "optionLabels": {"fridge": "A fridge or freezer"}}
                  ],
                  "start": "collect",
                  "steps": [
                    {"kind": "task", "key": "collect", "name": "Collect", "allocation": {"team": "%s"},
                     "next": "done"},
                    {"kind": "end", "key": "done", "name": "Done", "outcome": "collected"}
                  ],
                  "actions": [{"kind": "notify", "on": "case-started", "template": "%s", "to": "citizen"}]
                }
                """.formatted(council.named("book-a-collection"), council.named("crews"), booked),
                council.named("book-a-collection"));
        templates.save(
                new NotificationTemplate(
                        booked,
                        "Collection booked",
                        "Your collection ((reference))",
                        "We will collect: ((services)).",
                        "Council: we will collect ((services)).",
                        0),
                "test");
        council.publishDraft(admin, process);
        var email = council.named("jo") + "@example.org";

        cases.start(new StartCase(
                process,
                Map.of("services", List.of("fridge", "garden")),
                new Citizen("Jo Bloggs", email, null),
                "test",
                null));

        assertThat(MailServer.awaitEmail(email, 1)).contains("We will collect: Garden, A fridge or freezer.");
    }
}
