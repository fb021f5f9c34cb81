package org.casework.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casework.api.ProblemAssertions.assertProblem;
import static org.casework.api.ProblemAssertions.errors;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.casework.support.Api;
import org.casework.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Signing in through the citizens' API is as hard to guess at as the portal's page: two-step sign-in asks for the
 * code sent by email, wrong passwords and codes lock the account, and a token stops working when its citizen signs
 * out or chooses a new password.
 */
@IntegrationTest
class CitizenSignInThroughTheApiTests {

    @LocalServerPort
    int port;

    CouncilApp app;

    @BeforeEach
    void theCouncilsApp() {
        app = new CouncilApp(port);
    }

    private static String address(String name) {
        return name + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
    }

    @Test
    void withTwoStepSignInOnThePasswordEarnsAChallengeAndTheEmailedCodeATokenOnce() {
        var email = address("jo");
        var citizen = app.app(app.signedIn(email, "Jo", "Baker"));
        var profile = citizen.get("/api/v1/citizen/profile");
        var change = new HashMap<String, Object>();
        change.put("givenName", "Jo");
        change.put("familyName", "Baker");
        change.put("notifyBy", "email");
        change.put("twoStepSignIn", true);
        change.put("version", profile.json().get("version").asLong());
        assertThat(citizen.put("/api/v1/citizen/profile", change).status()).isEqualTo(200);

        var needed = app.signIn(email, CouncilApp.PASSWORD);
        assertThat(needed.status()).isEqualTo(202);
        assertThat(needed.text("/status")).isEqualTo("code-needed");
        assertThat(needed.text("/codeSentBy")).isEqualTo("email");
        assertThat(needed.json().path("token").isNull()).isTrue();
        var challenge = needed.text("/challenge");
        // The first email confirmed the address; the second holds the code.
        var code = CouncilApp.emailedCode(email, 2);

        var path = "/api/v1/citizen/sessions/" + challenge + "/code";
        var wrong = app.app().post(path, Map.of("code", code.equals("000000") ? "111111" : "000000"));
        assertThat(errors(assertProblem(wrong, 422))).containsOnlyKeys("code");

        var signedIn = app.app().post(path, Map.of("code", code));
        assertThat(signedIn.status()).isEqualTo(201);
        assertThat(app.app(signedIn.text("/token"))
                        .get("/api/v1/citizen/profile")
                        .status())
                .isEqualTo(200);

        var again = app.app().post(path, Map.of("code", code));
        assertThat(errors(assertProblem(again, 422))).containsOnlyKeys("challenge");
    }

    @Test
    void fiveWrongPasswordsLockTheAccountEvenForTheRightOne() {
        var email = address("max");
        app.signedIn(email, "Max", "Hill");

        for (int attempt = 1; attempt <= 4; attempt++) {
            var wrong = assertProblem(app.signIn(email, "not my password"), 422);
            assertThat(wrong.path("detail").asString()).isEqualTo("Enter a correct email address and password");
        }
        var fifth = assertProblem(app.signIn(email, "not my password"), 422);
        assertThat(fifth.path("detail").asString()).contains("locked");

        var right = assertProblem(app.signIn(email, CouncilApp.PASSWORD), 422);
        assertThat(right.path("detail").asString()).contains("locked");
        assertThat(errors(right)).containsOnlyKeys("email");

        // Nobody learns whether an address has an account from trying it.
        var unknown = assertProblem(app.signIn(address("nobody"), "not my password"), 422);
        assertThat(unknown.path("detail").asString()).isEqualTo("Enter a correct email address and password");
    }

    @Test
    void signingOutEndsThatTokenOnlyAndANewPasswordEndsThemAll() {
        var email = address("ray");
        var phone = app.app(app.signedIn(email, "Ray", "Stone"));
        var tablet = app.app(app.signIn(email, CouncilApp.PASSWORD).text("/token"));

        assertThat(phone.delete("/api/v1/citizen/sessions/current").status()).isEqualTo(204);
        var signedOut = phone.get("/api/v1/citizen/profile");
        assertProblem(signedOut, 401);
        assertThat(signedOut.header("WWW-Authenticate")).contains("invalid_token");
        assertThat(tablet.get("/api/v1/citizen/profile").status()).isEqualTo(200);

        var asked = app.app().post("/api/v1/citizen/password-resets", Map.of("email", email));
        assertThat(asked.status()).isEqualTo(202);
        var nobody = app.app().post("/api/v1/citizen/password-resets", Map.of("email", address("nobody")));
        assertThat(nobody.status()).isEqualTo(202);
        assertThat(nobody.body()).isEqualTo(asked.body());

        var link = CouncilApp.emailedToken(email, 2);
        var tooShort =
                app.app().post("/api/v1/citizen/password-resets/confirm", Map.of("token", link, "password", "short"));
        assertThat(errors(assertProblem(tooShort, 422))).containsOnlyKeys("password");
        var chosen = app.app()
                .post(
                        "/api/v1/citizen/password-resets/confirm",
                        Map.of("token", link, "password", "an even longer new password"));
        assertThat(chosen.status()).as(chosen.toString()).isEqualTo(200);

        assertProblem(tablet.get("/api/v1/citizen/profile"), 401);
        assertProblem(app.signIn(email, CouncilApp.PASSWORD), 422);
        Api fresh = app.app(app.signIn(email, "an even longer new password").text("/token"));
        assertThat(fresh.get("/api/v1/citizen/profile").status()).isEqualTo(200);
    }
}
