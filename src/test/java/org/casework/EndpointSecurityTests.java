package org.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Map;
import org.casework.support.Api;
import org.casework.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** Every endpoint of ours declares who may call it; forgetting is a failing build, not an open door. */
@IntegrationTest
class EndpointSecurityTests {

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @LocalServerPort
    int port;

    @Test
    void everyEndpointDeclaresWhoMayCallIt() {
        var undeclared = new ArrayList<String>();
        mappings.getHandlerMethods().forEach((info, handler) -> {
            if (!handler.getBeanType().getPackageName().startsWith("org.casework")) return;
            var declared = handler.hasMethodAnnotation(PreAuthorize.class)
                    || handler.getBeanType().isAnnotationPresent(PreAuthorize.class);
            if (!declared) undeclared.add(handler.toString());
        });
        assertThat(undeclared).isEmpty();
    }

    /**
     * The one API path open without a key: other systems answering an API step hold no key of ours, only the one-time
     * token in the callback address, which is the credential. An unknown token is not found, never let through.
     */
    @Test
    void aCallbackNeedsOnlyTheTokenInItsAddress() {
        var noKey = new Api(port, null);

        var unknown = noKey.post("/api/v1/callbacks/a-token-nobody-was-given", Map.of("balance", 1));

        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
        assertThat(noKey.get("/api/v1/api-secrets").status()).isEqualTo(401);
    }
}
