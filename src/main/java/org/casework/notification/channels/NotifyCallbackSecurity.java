package org.casework.notification.channels;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Lets GOV.UK Notify's delivery receipts past the API's key check: Notify sends its own bearer token, which would be
 * refused as an unknown API key, so this one path has a chain of its own, ahead of the API's, and
 * {@link NotifyCallbacks} checks the token. No session, and no CSRF token (no browser sends this request).
 */
@Configuration(proxyBeanMethods = false)
class NotifyCallbackSecurity {

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    SecurityFilterChain notifyCallbackChain(HttpSecurity http) {
        return http.securityMatcher(NotifyCallbacks.PATH)
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .build();
    }
}
