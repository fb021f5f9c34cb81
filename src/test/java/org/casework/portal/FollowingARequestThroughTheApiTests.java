package org.casework.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.casework.identity.ApiKeys;
import org.casework.identity.Role;
import org.casework.identity.Staff;
import org.casework.support.IntegrationTest;
import org.casework.support.MailServer;
import org.casework.support.TestCouncil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A request made through the API is confirmed like one made online: the response and the citizen's email carry a
 * tracking link, which opens the request on the portal; the API shows the request as its citizen sees it, to those who
 * may see the case, and makes new links for a citizen who lost theirs.
 */
@IntegrationTest
class FollowingARequestThroughTheApiTests {

    @Autowired
    Staff staff;

    @Autowired
    ApiKeys apiKeys;

    @LocalServerPort
    int port;

    TestCouncil council;
    TestCouncil.Officer officer;
    String process;

    @BeforeEach
    void aCouncilTakingReportsThroughTheApi() {
        council = new TestCouncil(staff, apiKeys, port);
        process = council.publishReportAProblem(
                council.officer("admin", Set.of(Role.ADMIN)).api());
        officer = council.officer("officer", Set.of(Role.OFFICER), "highways", "environment", "supervisors");
    }

    @Test
    void aRequestMadeThroughTheApiCanBeFollowedWithTheLinkInItsConfirmation() throws Exception {
        var email = council.named("resident") + "@example.com";
        var started = officer.api()
                .post(
                        "/api/v1/cases",
                        Map.of(
                                "process", process,
                                "data", Map.of("category", "pothole", "postcode", "SW1A 1AA"),
                                "citizen", Map.of("name", "Pat Jones", "email", email)));
        assertThat(started.status()).isEqualTo(201);
        var reference = started.text("/reference");
        var trackingUrl = started.text("/trackingUrl");
        assertThat(trackingUrl).startsWith("http://localhost:8080/portal/track/" + reference + "?key=");
        // The confirmation carries a link of its own, made as it is sent: only links' hashes are ever stored.
        var confirmation = MailServer.awaitEmail(email, 1);
        assertThat(confirmation).contains(reference, "Dear Pat Jones");
        var emailedLink = java.util.regex.Pattern.compile(
                        "http://localhost:8080/portal/track/" + reference + "\\?key=[A-Za-z0-9_-]+")
                .matcher(confirmation);
        assertThat(emailedLink.find()).as(confirmation).isTrue();

        for (var link : List.of(trackingUrl, emailedLink.group())) {
            var opened = portal(pathOf(link));
            assertThat(opened.statusCode()).as(link + "\n" + confirmation).isEqualTo(302);
            assertThat(opened.headers().firstValue("Location").orElseThrow()).endsWith("/portal/requests/" + reference);
        }

        var wrong = portal(pathOf(trackingUrl).replaceAll("key=.{4}", "key=XXXX"));
        assertThat(wrong.statusCode()).isEqualTo(200);
        assertThat(wrong.body()).contains("We could not find a request with that reference and key");

        var progress = officer.api().get("/api/v1/cases/" + started.text("/id") + "/progress");
        assertThat(progress.status()).isEqualTo(200);
        assertThat(progress.text("/reference")).isEqualTo(reference);
        assertThat(progress.text("/status")).isEqualTo("In progress");
        assertThat(progress.json().get("onTrack").asBoolean()).isTrue();
        assertThat(progress.text("/timeline/0/title")).isNotBlank();
        assertThat(progress.body()).doesNotContain(officer.username());
    }

    @Test
    void aNewLinkCanBeMadeAndOnlyThoseWhoMaySeeTheCaseSeeItsProgress() {
        var started =
                officer.api().post("/api/v1/cases", Map.of("process", process, "data", Map.of("category", "other")));
        var id = started.text("/id");

        var link = officer.api().post("/api/v1/cases/" + id + "/tracking-links", Map.of());
        assertThat(link.status()).isEqualTo(201);
        assertThat(link.text("/url")).contains("/portal/track/" + started.text("/reference") + "?key=");
        assertThat(link.text("/url")).isNotEqualTo(started.text("/trackingUrl"));

        var stranger = council.officer("stranger", Set.of(Role.OFFICER), "parks");
        assertThat(stranger.api().get("/api/v1/cases/" + id + "/progress").status())
                .isEqualTo(404);
        assertThat(stranger.api()
                        .post("/api/v1/cases/" + id + "/tracking-links", Map.of())
                        .status())
                .isEqualTo(404);
    }

    private HttpResponse<String> portal(String path) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }

    private static String pathOf(String link) {
        var uri = URI.create(link);
        return uri.getRawPath() + "?" + uri.getRawQuery();
    }
}
