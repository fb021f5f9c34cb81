package org.casework.identity.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.function.Function;
import org.casework.identity.ApiKeys;
import org.casework.identity.CitizenSessions;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Signs a request in by the token in its {@code Authorization: Bearer} header: a staff member's API key on the staff
 * API, a citizen's token on the citizens' API. A request without one goes on anonymously and is refused later if the
 * endpoint needs a sign-in; a token not recognised (of the wrong kind included: staff keys have no business on the
 * citizens' API, and the other way round) is refused at once. The token is never logged or kept: the request holds
 * only who it stands for.
 */
final class BearerTokenFilter extends OncePerRequestFilter {

    private static final String BEARER = "Bearer ";

    private final Function<String, Optional<? extends Authentication>> recognise;
    private final String unrecognised;
    private final AuthenticationEntryPoint refusal;
    private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();
    private final SecurityContextRepository requestContexts = new RequestAttributeSecurityContextRepository();

    private BearerTokenFilter(
            Function<String, Optional<? extends Authentication>> recognise,
            String unrecognised,
            AuthenticationEntryPoint refusal) {
        this.recognise = recognise;
        this.unrecognised = unrecognised;
        this.refusal = refusal;
    }

    /** For the staff API: the owner of an API key. */
    static BearerTokenFilter apiKeys(ApiKeys apiKeys, AuthenticationEntryPoint refusal) {
        return new BearerTokenFilter(
                key -> apiKeys.authenticate(key).map(ApiKeyAuthentication::new), "Unknown or revoked API key", refusal);
    }

    /** For the citizens' API: the citizen a signed-in token stands for. */
    static BearerTokenFilter citizenTokens(CitizenSessions sessions, AuthenticationEntryPoint refusal) {
        return new BearerTokenFilter(
                token -> sessions.authenticate(token).map(CitizenTokenAuthentication::new),
                "Unknown, signed-out or expired token",
                refusal);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            chain.doFilter(request, response);
            return;
        }
        var signedIn = recognise.apply(header.substring(BEARER.length()).strip());
        if (signedIn.isEmpty()) {
            contexts.clearContext();
            refusal.commence(request, response, new BadCredentialsException(unrecognised));
            return;
        }
        var context = contexts.createEmptyContext();
        context.setAuthentication(signedIn.get());
        contexts.setContext(context);
        // Kept on the request too, so async and error dispatches of the same request still know who it is.
        requestContexts.saveContext(context, request, response);
        chain.doFilter(request, response);
    }
}
