package org.casework.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Pattern;

/**
 * A member of staff (or a citizen, on the portal) signed in over plain HTTP, as a browser would be: through the sign-in form with
 * its CSRF token, then carrying the session cookie. For tests of pages and downloads that need no real browser.
 */
public final class StaffSession {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

    private final HttpClient http;
    private final String base;

    private StaffSession(HttpClient http, String base) {
        this.http = http;
        this.base = base;
    }

    public static StaffSession signIn(int port, String username, String password) {
        return signIn(port, "/sign-in", "username", username, password);
    }

    /** A citizen signed in to the portal the same way, with their email address. */
    public static StaffSession signInToPortal(int port, String email, String password) {
        return signIn(port, "/portal/sign-in", "email", email, password);
    }

    private static StaffSession signIn(int port, String page, String userField, String username, String password) {
        var http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        var session = new StaffSession(http, "http://localhost:" + port);
        var form = session.get(page);
        var token = CSRF.matcher(form.body());
        if (!token.find()) throw new AssertionError("No CSRF token on the sign-in page:\n" + form.body());
        var body = userField + "=" + encode(username) + "&password=" + encode(password) + "&_csrf="
                + encode(token.group(1));
        var signedIn = session.send(
                session.request(page)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body)),
                HttpResponse.BodyHandlers.ofString());
        var location = signedIn.headers().firstValue("Location").orElse("");
        if (signedIn.statusCode() != 302 || location.contains("sign-in")) {
            throw new AssertionError(
                    "Signing in as " + username + " failed: " + signedIn.statusCode() + " " + location);
        }
        return session;
    }

    /** The same browser (its cookies, so its session) talking to another node of the service on this machine. */
    public StaffSession at(int port) {
        return new StaffSession(http, "http://localhost:" + port);
    }

    /** A page as text. Redirects are not followed, so a test sees them. */
    public HttpResponse<String> get(String path) {
        return send(request(path).GET(), HttpResponse.BodyHandlers.ofString());
    }

    /** A response read as it arrives, for downloads too large to want in one string. */
    public HttpResponse<InputStream> stream(String path) {
        return send(request(path).GET(), HttpResponse.BodyHandlers.ofInputStream());
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
    }

    private <T> HttpResponse<T> send(HttpRequest.Builder request, HttpResponse.BodyHandler<T> body) {
        try {
            return http.send(request.build(), body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
