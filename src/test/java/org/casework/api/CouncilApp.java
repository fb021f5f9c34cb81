package org.casework.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.regex.Pattern;
import org.casework.support.Api;
import org.casework.support.MailServer;

/**
 * Citizens using the council's app, which calls the citizens' API: registering, confirming their address from the
 * email, and signing in for a token.
 */
final class CouncilApp {

    static final String PASSWORD = "a long enough password";

    private static final Pattern TOKEN = Pattern.compile("token=([A-Za-z0-9_-]+)");
    private static final Pattern CODE = Pattern.compile("code is (\\d{6})");

    private final int port;

    CouncilApp(int port) {
        this.port = port;
    }

    /** The app before anyone signs in. */
    Api app() {
        return new Api(port, null);
    }

    /** The app signed in with this token. */
    Api app(String token) {
        return new Api(port, token);
    }

    Api.Response register(String email, String givenName, String familyName) {
        return app().post(
                        "/api/v1/citizen/registrations",
                        Map.of("givenName", givenName, "familyName", familyName, "email", email, "password", PASSWORD));
    }

    /** Registers, confirms the address with the emailed token and signs in; returns the token. */
    String signedIn(String email, String givenName, String familyName) {
        assertThat(register(email, givenName, familyName).status()).isEqualTo(202);
        var confirmed = app().post("/api/v1/citizen/registrations/confirm", Map.of("token", emailedToken(email, 1)));
        assertThat(confirmed.status()).as(confirmed.toString()).isEqualTo(200);
        return signIn(email, PASSWORD).text("/token");
    }

    Api.Response signIn(String email, String password) {
        return app().post("/api/v1/citizen/sessions", Map.of("email", email, "password", password));
    }

    /** The secret in the link of the {@code count}th email to the address. */
    static String emailedToken(String email, int count) {
        var matcher = TOKEN.matcher(MailServer.awaitEmail(email, count));
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }

    /** The sign-in code in the {@code count}th email to the address. */
    static String emailedCode(String email, int count) {
        var matcher = CODE.matcher(MailServer.awaitEmail(email, count));
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }
}
