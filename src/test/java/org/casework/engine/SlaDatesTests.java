package org.casework.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.casework.identity.ApiKeys;
import org.casework.identity.Staff;
import org.casework.support.IntegrationTest;
import org.casework.support.TestCouncil;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;

/** Target dates count working days: weekends and the Easter bank holidays do not count. */
@IntegrationTest
@Import(SlaDatesTests.BeforeEaster.class)
class SlaDatesTests {

    /** The service's clock stands at 10:00 on Thursday 2 April 2026, the day before Good Friday. */
    @TestConfiguration
    static class BeforeEaster {
        @Bean
        @Primary
        Clock fixedClock() {
            return Clock.fixed(Instant.parse("2026-04-02T09:00:00Z"), ZoneOffset.UTC);
        }
    }

    @Autowired
    Staff staff;

    @Autowired
    ApiKeys apiKeys;

    @LocalServerPort
    int port;

    @Test
    void aReportMadeTheDayBeforeGoodFridayIsDueTenWorkingDaysLaterNotCountingEaster() {
        var council = new TestCouncil(staff, apiKeys, port);
        var officer = council.officer("hal", "highways", "environment", "supervisors");
        var process = council.publishReportAProblem(council.admin().api());

        var created = officer.api()
                .post("/api/v1/cases", Map.of("process", process, "data", Map.of("category", "pothole")))
                .json();

        // Good Friday 3 and Easter Monday 6 April are bank holidays: counting starts on Tuesday 7 April.
        assertThat(created.path("dueOn").asString()).isEqualTo("2026-04-20");
        var assessing = created.path("stages").get(1);
        assertThat(assessing.path("key").asString()).isEqualTo("assessing");
        assertThat(assessing.path("targetDate").asString()).isEqualTo("2026-04-13");
        assertThat(created.path("openTasks").get(0).path("dueOn").asString()).isEqualTo("2026-04-13");
        var decision = created.path("stages").get(2);
        assertThat(decision.path("targetDate").asString()).isEqualTo("2026-04-17");
        assertThat(created.path("estimatedCompletion").asString()).isEqualTo("2026-04-17");
    }
}
