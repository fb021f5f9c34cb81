package org.casework.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.casework.identity.ApiKeys;
import org.casework.identity.Role;
import org.casework.identity.Staff;
import org.casework.support.Browser;
import org.casework.support.BrowserTest;
import org.casework.support.TestCouncil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;

/**
 * The revenues system is down: the case's call fails every attempt and the revenues team finds the work in its queue,
 * with the case's timeline saying why, and an officer enters the answer by hand so the case moves on. Every page state
 * passes axe-core.
 */
@BrowserTest
class ApiFailureInTheBrowserTests {

    private final Browser browser;

    ApiFailureInTheBrowserTests(Browser browser) {
        this.browser = browser;
    }

    @Autowired
    Staff staff;

    @Autowired
    ApiKeys apiKeys;

    @LocalServerPort
    int port;

    TestCouncil council;
    TestCouncil.Officer officer;
    OtherSystem revenues;
    String process;

    @BeforeEach
    void aRevenuesSystemThatIsDown() throws IOException {
        council = new TestCouncil(staff, apiKeys, port);
        var admin = council.admin();
        officer = council.signInOfficer("rita", Set.of(Role.OFFICER), "revenues");
        revenues = OtherSystem.start();
        revenues.failNext(1000, 503);
        admin.api().put("/api/v1/api-secrets/" + council.named("revenues-token"), Map.of("value", "t0ken"));
        var document = new ClassPathResource("definitions/check-an-account.json")
                .getContentAsString(StandardCharsets.UTF_8)
                .replace("https://revenues.example", revenues.address())
                .replace("\"check-an-account\"", "\"" + council.named("check-an-account") + "\"")
                .replace("\"revenues\"", "\"" + council.named("revenues") + "\"")
                .replace("{{secret:revenues-token}}", "{{secret:" + council.named("revenues-token") + "}}");
        process = council.publish(admin.api(), document, council.named("check-an-account"));
    }

    @AfterEach
    void stopTheSystem() {
        revenues.close();
    }

    @Test
    void theFailureTeamEntersTheAnswerByHandAndTheCaseMovesOn() {
        var started = officer.api()
                .post("/api/v1/cases", Map.of("process", process, "data", Map.of("account-number", "A123")))
                .json();
        var caseId = started.path("id").asString();
        await().atMost(Duration.ofSeconds(20))
                .until(() -> officer.api()
                        .get("/api/v1/teams/" + council.named("revenues") + "/queue")
                        .body()
                        .contains(caseId));

        browser.signIn(officer.username(), TestCouncil.PASSWORD);
        browser.visit("/queues").press("Get next task");

        assertThat(browser.heading()).isEqualTo(started.path("reference").asString());
        assertThat(browser.text("#complete-task")).contains("Balance", "Account holder");
        assertThat(browser.text("#timeline")).contains("Api call failed", "answered 503", "Api call gave up");
        browser.assertAccessible();

        browser.type("#field-balance", "75")
                .type("#field-account-holder", "Sam Sample")
                .press("Complete task");

        assertThat(browser.text(".govuk-notification-banner"))
                .contains("You completed Check the council tax account: the call failed");
        assertThat(browser.text("#case-data")).contains("75", "Sam Sample");
        browser.assertAccessible();
        assertThat(officer.api().get("/api/v1/cases/" + caseId).text("/currentStep"))
                .isEqualTo("decide");
    }
}
