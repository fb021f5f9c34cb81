package org.casework.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import org.casework.support.Api;
import org.casework.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** Every API endpoint is in the served OpenAPI document, so integrators never meet an undocumented one. */
@IntegrationTest
class ApiDocumentationTests {

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void everyApiEndpointIsInTheOpenApiDocument() {
        var document = new Api(port, null).get("/v3/api-docs");
        assertThat(document.status()).isEqualTo(200);
        var paths = document.json().path("paths");

        var documented = new HashSet<String>();
        paths.propertyNames()
                .forEach(path -> paths.path(path)
                        .propertyNames()
                        .forEach(method -> documented.add(method.toUpperCase() + " " + path)));
        var served = new ArrayList<String>();
        mappings.getHandlerMethods().forEach((info, method) -> {
            for (var pattern : info.getPatternValues()) {
                // Test sources add a few endpoints of their own under test-only; the product's must all be documented.
                if (!pattern.startsWith("/api/v1/") || pattern.startsWith("/api/v1/test-only/")) continue;
                for (var verb : info.getMethodsCondition().getMethods()) served.add(verb.name() + " " + pattern);
            }
        });

        assertThat(served).isNotEmpty();
        assertThat(documented).containsAll(served);
    }
}
