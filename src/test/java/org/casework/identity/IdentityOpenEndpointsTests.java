package org.casework.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.casework.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.client.RestTestClient;

/** What anyone may reach without a key or a sign-in, and what a page needs first. */
@IntegrationTest
class IdentityOpenEndpointsTests {

    @LocalServerPort
    int port;

    RestTestClient http;

    @BeforeEach
    void client() {
        http = RestTestClient.bindToServer().baseUrl("http://localhost:" + port).build();
    }

    @Test
    void healthChecksAreOpenToAll() {
        http.get().uri("/actuator/health").exchange().expectStatus().isOk();
    }

    @Test
    void theOpenApiDocumentIsOpenToAllAndLeavesOutTestEndpoints() {
        http.get()
                .uri("/v3/api-docs")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .value(document -> assertThat(document).doesNotContain("test-only"));
    }

    @Test
    void staffPagesSendSomeoneNotSignedInToTheSignInPage() {
        // The client follows the redirect, as a browser would.
        http.get()
                .uri("/tasks")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .value(page -> assertThat(page).contains("<h1 class=\"govuk-heading-l\">Sign in</h1>"));
    }

    @Test
    void aFormPostedWithoutItsCsrfTokenIsRefused() {
        http.post()
                .uri("/sign-in")
                .body("username=admin&password=anything")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .exchange()
                .expectStatus()
                .isForbidden();
    }
}
