package org.casework.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casework.api.ProblemAssertions.assertProblem;

import java.time.Duration;
import java.util.UUID;
import org.casework.support.DaysPass;
import org.casework.support.IntegrationTest;
import org.casework.support.MovableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

/**
 * A citizen's token stops working after 30 days unused, and 90 days after signing in however often it is used (the
 * defaults). The service's clock is moved by the test; nothing waits for real time.
 */
@IntegrationTest
@Import(DaysPass.class)
@TestPropertySource(properties = DaysPass.NO_JOBS)
class CitizenTokensExpireTests {

    @Autowired
    MovableClock clock;

    @LocalServerPort
    int port;

    CouncilApp app;

    @BeforeEach
    void theCouncilsApp() {
        clock.set(DaysPass.THURSDAY_1_MAY_2025);
        app = new CouncilApp(port);
    }

    @AfterEach
    void backToTheStart() {
        clock.set(DaysPass.THURSDAY_1_MAY_2025);
    }

    @Test
    void aTokenLeftUnusedForThirtyDaysStopsWorking() {
        var citizen = app.app(app.signedIn(address("uma"), "Uma", "Reed"));

        later(Duration.ofDays(29));
        assertThat(citizen.get("/api/v1/citizen/profile").status()).isEqualTo(200);
        later(Duration.ofDays(29));
        assertThat(citizen.get("/api/v1/citizen/profile").status()).isEqualTo(200);

        later(Duration.ofDays(30).plusMinutes(1));
        var expired = citizen.get("/api/v1/citizen/profile");
        assertProblem(expired, 401);
        assertThat(expired.header("WWW-Authenticate")).contains("invalid_token");
    }

    @Test
    void aTokenInUseStillStopsWorkingNinetyDaysAfterSigningIn() {
        var citizen = app.app(app.signedIn(address("vic"), "Vic", "Lane"));

        for (int week = 1; week <= 12; week++) {
            later(Duration.ofDays(7));
            assertThat(citizen.get("/api/v1/citizen/profile").status()).isEqualTo(200);
        }
        later(Duration.ofDays(7));
        assertProblem(citizen.get("/api/v1/citizen/profile"), 401);
    }

    private void later(Duration duration) {
        clock.set(clock.instant().plus(duration));
    }

    private static String address(String name) {
        return name + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
    }
}
