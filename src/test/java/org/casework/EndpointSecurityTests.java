package org.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import org.casework.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** Every endpoint of ours declares who may call it; forgetting is a failing build, not an open door. */
@IntegrationTest
class EndpointSecurityTests {

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

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
}
