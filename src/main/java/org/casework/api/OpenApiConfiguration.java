package org.casework.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI document's front page: what the API is and how to authenticate. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    @Bean
    OpenAPI caseworkOpenApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("Casework API")
                        .version("v1")
                        .description("Start and work cases, manage process definitions. Errors are"
                                + " application/problem+json (RFC 9457) naming the field and the reason.")
                        .license(new License().name("Apache-2.0")))
                .components(new Components()
                        .addSecuritySchemes(
                                "apiKey",
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("bearer")
                                        .description("An API key: Authorization: Bearer cwk_...")))
                .addSecurityItem(new SecurityRequirement().addList("apiKey"));
    }
}
