package org.casework.api.calls;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Lets other systems' callbacks past the API's key check: they hold no key of ours, only the one-time token in the
 * address, so the callback path has a chain of its own ahead of the API's. No session and no CSRF token (no browser
 * sends this request).
 */
@Configuration(proxyBeanMethods = false)
class CallbackSecurity {

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE + 1)
    SecurityFilterChain apiCallbackChain(HttpSecurity http) {
        return http.securityMatcher("/api/v1/callbacks/*")
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .build();
    }
}
