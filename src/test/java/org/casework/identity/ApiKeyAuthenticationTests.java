package org.casework.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.casework.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.test.web.servlet.client.RestTestClient.ResponseSpec;

/** The REST API's security as a calling system sees it, through endpoints that exist only in tests. */
@IntegrationTest
class ApiKeyAuthenticationTests {

    private static final String ME = "/api/v1/test-only/identity/me";
    private static final String CASE_CHANGES = "/api/v1/test-only/identity/case-changes";
    private static final String SUPERVISION = "/api/v1/test-only/identity/supervision";

    @Autowired
    ApiKeys apiKeys;

    @Autowired
    Staff staff;

    @LocalServerPort
    int port;

    RestTestClient http;
    StaffFixtures fixtures;

    @BeforeEach
    void client() {
        http = RestTestClient.bindToServer().baseUrl("http://localhost:" + port).build();
        fixtures = new StaffFixtures(staff);
    }

    @Test
    void aRequestWithAnIssuedKeyActsForTheKeysOwner() {
        var team = fixtures.team();
        var owner = fixtures.member(Role.OFFICER, team);
        var key = apiKeys.issue(owner, "Housing CRM", Set.of(Scope.CASES_READ)).key();

        get(ME, key)
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.username")
                .isEqualTo(owner)
                .jsonPath("$.teams[0]")
                .isEqualTo(team)
                .jsonPath("$.scopes[0]")
                .isEqualTo("CASES_READ");
    }

    @Test
    void aRequestWithoutAKeyIsToldHowToAuthenticate() {
        var response = http.get().uri(ME).exchange();

        expectProblem(response, 401).expectHeader().valueEquals(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
    }

    @Test
    void aRevokedKeyIsRefused() {
        var issued = apiKeys.issue(fixtures.member(Role.OFFICER), "Old integration", Set.of(Scope.CASES_READ));
        apiKeys.revoke(issued.id());

        expectProblem(get(ME, issued.key()), 401)
                .expectHeader()
                .valueEquals(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"");
    }

    @Test
    void aKeyThatWasNeverIssuedIsRefused() {
        expectProblem(get(ME, "cwk_" + "x".repeat(43)), 401);
    }

    @Test
    void aKeyWithoutTheScopeAnEndpointNeedsIsForbidden() {
        var owner = fixtures.member(Role.ADMIN);
        var readOnly =
                apiKeys.issue(owner, "Reporting", Set.of(Scope.CASES_READ)).key();
        var readWrite =
                apiKeys.issue(owner, "Housing CRM", Set.of(Scope.CASES_WRITE)).key();

        expectProblem(post(CASE_CHANGES, readOnly), 403);
        post(CASE_CHANGES, readWrite).expectStatus().isNoContent();
    }

    @Test
    void aKeyCarriesItsOwnersPermissions() {
        var team = fixtures.team();
        var officersKey = apiKeys.issue(fixtures.member(Role.OFFICER, team), "Officer", Set.of())
                .key();
        var leadsKey = apiKeys.issue(fixtures.lead(team), "Lead", Set.of()).key();

        expectProblem(get(SUPERVISION, officersKey), 403);
        get(SUPERVISION, leadsKey).expectStatus().isNoContent();
    }

    @Test
    void theApiKeepsNoSession() {
        var key = apiKeys.issue(fixtures.member(Role.OFFICER), "Housing CRM", Set.of())
                .key();

        var response = get(ME, key).expectStatus().isOk().returnResult();

        assertThat(response.getResponseHeaders().get(HttpHeaders.SET_COOKIE)).isNull();
    }

    private ResponseSpec get(String path, String key) {
        return http.get()
                .uri(path)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + key)
                .exchange();
    }

    private ResponseSpec post(String path, String key) {
        return http.post()
                .uri(path)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + key)
                .exchange();
    }

    static ResponseSpec expectProblem(ResponseSpec response, int status) {
        response.expectStatus()
                .isEqualTo(status)
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type")
                .value(String.class, type -> assertThat(type).startsWith("https://casework.org/problems/"))
                .jsonPath("$.title")
                .isNotEmpty()
                .jsonPath("$.status")
                .isEqualTo(status)
                .jsonPath("$.detail")
                .isNotEmpty();
        return response;
    }
}
