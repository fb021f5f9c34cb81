package org.casework.identity.web;

import jakarta.servlet.DispatcherType;
import org.casework.identity.ApiKeys;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.authorization.AuthenticatedAuthorizationManager;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Who may call what over HTTP. The REST API under {@code /api} takes API keys; the OpenAPI document and health checks
 * are open; everything else is a staff page, which needs a signed-in staff member.
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
                        BearerTokenFilter.apiKeys(apiKeys, problems.unauthenticated()), BasicAuthenticationFilter.class)
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // CSRF forges requests with the credentials a browser adds by itself (cookies). API keys travel in a
                // header only the caller's own code sets, so there is nothing for another site to ride on.
                .csrf(csrf -> csrf.disable())
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(problems.unauthenticated())
                        .accessDeniedHandler(problems.forbidden()))
                .build();
    }

    /**
     * The citizen portal under {@code /portal}: most of it is open (the services, the forms, tracking a request by
     * its link); the account and the list of one's own requests need a signed-in citizen. Citizens sign in with an
     * email address and password on the portal's own page; their sign-in lives in the session under its own key, so
     * it is never mistaken for a staff sign-in, nor the reverse. Signing out leaves the session (and any staff
     * sign-in in it) in place and forgets the citizen.
     */
    @Bean
    @Order(2)
    SecurityFilterChain portalPages(HttpSecurity http, CitizenSignIns citizens, PasswordEncoder passwords) {
        var provider = new DaoAuthenticationProvider(citizens::load);
        provider.setPasswordEncoder(passwords);
        return http.securityMatcher("/portal/**")
                .authenticationManager(new ProviderManager(provider))
                .securityContext(context -> context.securityContextRepository(citizens.contexts()))
                .requestCache(cache -> cache.requestCache(citizens.savedRequests()))
                .authorizeHttpRequests(requests -> requests.dispatcherTypeMatchers(DispatcherType.ERROR)
                        .permitAll()
                        .requestMatchers("/portal/account", "/portal/account/**", "/portal/requests")
                        .hasRole("CITIZEN")
                        // Open, each page checks whose request it shows: its citizen's, or one its tracking link
                        // opened in this session.
                        .anyRequest()
                        .permitAll())
                .formLogin(form -> form.loginPage("/portal/sign-in")
                        .loginProcessingUrl("/portal/sign-in")
                        .usernameParameter("email")
                        .successHandler(citizens)
                        .failureHandler(citizens)
                        .permitAll())
                .logout(logout -> logout.logoutUrl("/portal/sign-out")
                        .invalidateHttpSession(false)
                        .logoutSuccessUrl("/portal/sign-in?signed-out"))
                .sessionManagement(sessions -> sessions.sessionFixation(fixation -> fixation.changeSessionId()))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY)))
                .build();
    }

    /**
     * The staff pages: signed in with a username and password on our own sign-in page, the session kept in the
     * database (Spring Session JDBC) so any node can serve the next request, and CSRF tokens on every form. Staff with
     * two-factor sign-in on, and all administrators, also need a code from their authenticator app (see
     * {@link SecondFactor}): until they give one, every page sends them to {@code /sign-in/two-factor}.
     */
    @Bean
    @Order(Ordered.LOWEST_PRECEDENCE)
    SecurityFilterChain staffPages(HttpSecurity http, SignInAttempts attempts) {
        return http.authorizeHttpRequests(requests -> requests
                        // Error dispatches render the error of a request that was already allowed or refused.
                        .dispatcherTypeMatchers(DispatcherType.ERROR)
                        .permitAll()
                        .requestMatchers("/v3/api-docs/**", "/actuator/health/**")
                        .permitAll()
                        .requestMatchers("/sign-in", "/assets/**", "/webjars/**", "/js/**", "/css/**", "/favicon.ico")
                        .permitAll()
                        .requestMatchers("/sign-in/forgotten-password", "/sign-in/new-password")
                        .permitAll()
                        // Half signed in (password only) is enough to give the code, or to set the factor up.
                        .requestMatchers("/sign-in/two-factor")
                        .access(AuthenticatedAuthorizationManager.authenticated())
                        .requestMatchers("/account/two-factor", "/account/two-factor/**")
                        .access(SecondFactor.requiredOfEnrolledStaff().authenticated())
                        .anyRequest()
                        .access(SecondFactor.requiredOfEnrolledStaffAndAdministrators()
                                .authenticated()))
                .formLogin(form -> form.loginPage("/sign-in")
                        .defaultSuccessUrl("/", false)
                        .failureHandler(attempts)
                        .permitAll())
                .exceptionHandling(exceptions -> exceptions.defaultDeniedHandlerForMissingAuthority(
                        new LoginUrlAuthenticationEntryPoint("/sign-in/two-factor"), SecondFactor.AUTHORITY))
                .logout(logout -> logout.logoutUrl("/sign-out").logoutSuccessUrl("/sign-in?signed-out"))
                .sessionManagement(sessions -> sessions.sessionFixation(fixation -> fixation.changeSessionId()))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY)))
                .build();
    }

    /**
     * Pages load scripts, styles, fonts and images only from this service: a script injected into a page through
     * some overlooked escaping still cannot run, and nothing is fetched from a CDN.
     */
    private static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /** Hashes staff passwords with bcrypt, marked so that a stronger encoder can take over later without a reset. */
    /**
     * No observations of the security filters, authentications and authorisations: the request metric already times
     * each request, and with them every filter of every request was wrapped in an observation of its own (setting
     * {@code management.observations.enable.spring.security} to false only made those observations empty).
     */
    @Bean
    SecurityObservationSettings noSecurityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
