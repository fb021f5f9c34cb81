package org.casework.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casework.identity.ApiKeyAuthenticationTests.expectProblem;

import org.casework.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.client.RestTestClient;

/** What anyone may reach without a key, and what nobody may reach until the staff pages exist. */
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
    void everythingOutsideTheApiIsRefusedForNow() {
        expectProblem(http.get().uri("/").exchange(), 403);
        expectProblem(http.post().uri("/anything").exchange(), 403);
    }
}
