package org.casework.identity.web;

import jakarta.servlet.DispatcherType;
import org.casework.identity.CitizenSessions;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * The citizens' REST API under {@code /api/v1/citizen}, for a council's own app: a chain of its own, ahead of the
 * staff API's, taking citizens' tokens ({@code cwc_…}) and nothing else. Registering, confirming an address, signing
 * in and asking for a new password are open; everything else needs a signed-in citizen. A citizen's token is refused
 * everywhere else in the API (the staff chain knows only API keys), and a staff key is refused here.
 */
@Configuration(proxyBeanMethods = false)
class CitizenApiSecurity {

    static final String PATHS = "/api/v1/citizen/**";

    private final ProblemResponses problems;

    CitizenApiSecurity(JsonMapper json) {
        this.problems = new ProblemResponses(json);
    }

    @Bean
    @Order(0)
    SecurityFilterChain citizenApi(HttpSecurity http, CitizenSessions sessions) {
        return http.securityMatcher(PATHS)
                .authorizeHttpRequests(requests -> requests.dispatcherTypeMatchers(DispatcherType.ERROR)
                        .permitAll()
                        .requestMatchers(
                                HttpMethod.POST,
                                "/api/v1/citizen/registrations",
                                "/api/v1/citizen/registrations/confirm",
                                "/api/v1/citizen/registrations/new-link",
                                "/api/v1/citizen/sessions",
                                "/api/v1/citizen/sessions/*/code",
                                "/api/v1/citizen/sessions/*/new-code",
                                "/api/v1/citizen/password-resets",
                                "/api/v1/citizen/password-resets/confirm")
                        .permitAll()
                        .anyRequest()
                        .hasRole("CITIZEN"))
                .addFilterBefore(
                        BearerTokenFilter.citizenTokens(sessions, problems.unauthenticatedCitizen()),
                        BasicAuthenticationFilter.class)
                .sessionManagement(stateless -> stateless.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // The token travels in a header only the app's own code sets; no cookie for another site to ride on.
                .csrf(csrf -> csrf.disable())
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(problems.unauthenticatedCitizen())
                        .accessDeniedHandler(problems.forbidden()))
                .build();
    }
}
