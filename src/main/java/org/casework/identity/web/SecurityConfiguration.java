package org.casework.identity.web;

import jakarta.servlet.DispatcherType;
import org.casework.identity.ApiKeys;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Who may call what over HTTP. The REST API under {@code /api} takes API keys; the OpenAPI document and health checks
 * are open; everything else is refused until the staff pages arrive with a sign-in chain of their own.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    private final ProblemResponses problems;

    SecurityConfiguration(JsonMapper json) {
        this.problems = new ProblemResponses(json);
    }

    @Bean
    @Order(1)
    SecurityFilterChain restApi(HttpSecurity http, ApiKeys apiKeys) {
        return http.securityMatcher("/api/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .addFilterBefore(
                        new BearerApiKeyFilter(apiKeys, problems.unauthenticated()), BasicAuthenticationFilter.class)
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // CSRF forges requests with the credentials a browser adds by itself (cookies). API keys travel in a
                // header only the caller's own code sets, so there is nothing for another site to ride on.
                .csrf(csrf -> csrf.disable())
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(problems.unauthenticated())
                        .accessDeniedHandler(problems.forbidden()))
                .build();
    }

    /** The staff pages will replace this chain with their own, which signs people in. */
    @Bean
    @Order(Ordered.LOWEST_PRECEDENCE)
    SecurityFilterChain everythingElse(HttpSecurity http) {
        return http.authorizeHttpRequests(requests -> requests
                        // Error dispatches render the error of a request that was already allowed or refused.
                        .dispatcherTypeMatchers(DispatcherType.ERROR)
                        .permitAll()
                        .requestMatchers("/v3/api-docs/**", "/actuator/health/**")
                        .permitAll()
                        .anyRequest()
                        .denyAll())
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(problems.notAvailable())
                        .accessDeniedHandler(problems.notAvailable()))
                .build();
    }

    /** Hashes staff passwords with bcrypt, marked so that a stronger encoder can take over later without a reset. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
