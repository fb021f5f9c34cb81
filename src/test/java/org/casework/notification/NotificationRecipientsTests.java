package org.casework.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
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
import org.springframework.jdbc.core.simple.JdbcClient;

/** Who a notify action reaches: a team's members, whoever has the task, a named address, a contractor. */
@IntegrationTest
class NotificationRecipientsTests {

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

    @Test
    void eachKindOfRecipientGetsTheirMessage() {
        var council = new TestCouncil(staff, apiKeys, port);
        var olive = council.officer("olive", "officers");
        var otto = council.officer("otto", "officers");
        var newWork = template(council, "new-work", "New work: ((reference))");
        var yourWork = template(council, "your-work", "Yours to do: ((reference))");
        var forInformation = template(council, "for-information", "FYI: ((reference))");
        var job = template(council, "job", "A job for you: ((reference))");
        var contractor = council.named("clearance");
        var contractorEmail = contractor + "@contractor.example";
        db.sql("insert into contractors (contractor_key, name, email, created_at) values (:key, 'Clearance Ltd',"
                        + " :email, :now)")
                .param("key", contractor)
                .param("email", contractorEmail)
                .param("now", Timestamp.from(Instant.now()))
                .update();
        var duty = council.named("duty") + "@council.example";
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
                    {"kind": "notify", "on": "step-entered", "target": "assess", "template": "%s", "to": "team",
                     "team": "%s"},
                    {"kind": "notify", "on": "step-entered", "target": "assess", "template": "%s",
                     "to": "assignee"},
                    {"kind": "notify", "on": "case-started", "template": "%s", "to": "address", "address": "%s"},
                    {"kind": "notify", "on": "case-started", "template": "%s", "to": "contractor",
                     "contractor": "%s"}
                  ]
                }
                """.formatted(
                                council.named("fly-tipping"),
                                council.named("officers"),
                                newWork,
                                council.named("officers"),
                                yourWork,
                                forInformation,
                                duty,
                                job,
                                contractor),
                council.named("fly-tipping"));

        var started =
                cases.start(new StartCase(process, Map.of("summary", "a mattress"), Citizen.ANONYMOUS, "test", null));
        var reference = started.reference();

        for (var officer : new String[] {olive.username(), otto.username()}) {
            var email = officer + "@example.gov.uk";
            MailServer.awaitEmail(email, 2);
            assertThat(MailServer.subjectsTo(email))
                    .as("the team, and while nobody has claimed the task, the team as its holder")
                    .containsExactlyInAnyOrder("New work: " + reference, "Yours to do: " + reference);
        }
        assertThat(MailServer.awaitEmail(duty, 1)).contains(reference);
        assertThat(MailServer.subjectsTo(duty)).containsExactly("FYI: " + reference);
        MailServer.awaitEmail(contractorEmail, 1);
        assertThat(MailServer.subjectsTo(contractorEmail)).containsExactly("A job for you: " + reference);
    }

    private String template(TestCouncil council, String name, String subject) {
        var key = council.named(name);
        templates.save(new NotificationTemplate(key, name, subject, "Case ((reference)).", null, 0), "test");
        return key;
    }
}
