package org.casework.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casework.api.ProblemAssertions.assertProblem;
import static org.casework.api.ProblemAssertions.errors;

import java.util.Map;
import org.casework.engine.Cases;
import org.casework.engine.Citizen;
import org.casework.engine.StartCase;
import org.casework.identity.ApiKeys;
import org.casework.identity.Staff;
import org.casework.notification.NotificationTemplate;
import org.casework.notification.Templates;
import org.casework.support.Api;
import org.casework.support.IntegrationTest;
import org.casework.support.TestCouncil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The delivery log through the REST API: found by case, by part of the address, by status and channel, newest first
 * and a page at a time, and only for administrators, since it holds every citizen's address.
 */
@IntegrationTest
class DeliveryLogThroughTheApiTests {

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

    TestCouncil council;
    Api admin;
    String process;

    @BeforeEach
    void aProcessThatConfirmsEachReport() {
        council = new TestCouncil(staff, apiKeys, port);
        admin = council.admin().api();
        var key = council.named("confirmed");
        process = council.saveDraft(admin, """
                {
                  "key": "%s",
                  "name": "Report graffiti",
                  "fields": [{"key": "where", "label": "Where?", "type": "text"}],
                  "start": "done",
                  "steps": [{"kind": "end", "key": "done", "name": "Done", "outcome": "resolved"}],
                  "actions": [{"kind": "notify", "on": "case-started", "template": "%s", "to": "citizen"}]
                }
                """.formatted(council.named("graffiti"), key), council.named("graffiti"));
        templates.save(new NotificationTemplate(key, "Confirmed", "Got it", "We have ((reference))", null, 0), "test");
        council.publishDraft(admin, process);
    }

    @Test
    void theLogIsSearchedByCaseAndAddressNewestFirstAPageAtATime() {
        var first = report("ann");
        var second = report("bob");
        var third = report("cat");

        var byCase = admin.get("/api/v1/notifications?caseReference=" + second.toLowerCase());
        assertThat(byCase.status()).as(byCase.toString()).isEqualTo(200);
        assertThat(byCase.json().path("deliveries").findValuesAsString("caseReference"))
                .containsExactly(second);
        assertThat(byCase.json().at("/deliveries/0/address").asString()).isEqualTo(address("bob"));
        assertThat(byCase.json().at("/deliveries/0/channel").asString()).isEqualTo("email");

        var part = council.named("").toUpperCase();
        var page1 = admin.get("/api/v1/notifications?recipient=" + part + "&channel=email&limit=2")
                .json();
        assertThat(page1.path("deliveries").findValuesAsString("caseReference")).containsExactly(third, second);
        var page2 = admin.get("/api/v1/notifications?recipient=" + part + "&channel=email&limit=2&after="
                        + page1.path("next").asString())
                .json();
        assertThat(page2.path("deliveries").findValuesAsString("caseReference")).containsExactly(first);
        assertThat(page2.path("next").isNull()).isTrue();
        assertThat(admin.get("/api/v1/notifications?recipient=" + part + "&status=failed")
                        .json()
                        .path("deliveries"))
                .isEmpty();
    }

    @Test
    void aStatusTheLogDoesNotKnowOrAnAlteredCursorIsRefusedNamingTheParameter() {
        assertThat(errors(assertProblem(admin.get("/api/v1/notifications?status=lost"), 400)))
                .containsKey("status");
        assertThat(errors(assertProblem(admin.get("/api/v1/notifications?after=not-a-cursor"), 400)))
                .containsKey("after");
        assertThat(errors(assertProblem(admin.get("/api/v1/notifications?from=2026-03-02&to=2026-03-01"), 422)))
                .containsKey("to");
    }

    @Test
    void anOfficerWhoIsNotAnAdministratorCannotReadTheLog() {
        var officer = council.officer("olive", "officers");

        assertProblem(officer.api().get("/api/v1/notifications"), 403);
    }

    private String report(String name) {
        return cases.start(new StartCase(
                        process, Map.of("where", "the bridge"), new Citizen(name, address(name), null), "test", null))
                .reference();
    }

    private String address(String name) {
        return council.named(name) + "@example.org";
    }
}
