package org.casework.identity.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.casework.identity.CitizenSessions;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Signs a request to the citizens' API in as the citizen whose token is in its {@code Authorization: Bearer} header.
 * No header: the request goes on anonymously (registering and signing in need none). Any other bearer, a staff API
 * key included, is refused at once: staff keys have no business here.
 */
final class BearerCitizenTokenFilter extends OncePerRequestFilter {

    private static final String BEARER = "Bearer ";

    private final CitizenSessions sessions;
    private final AuthenticationEntryPoint refusal;
    private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();
    private final SecurityContextRepository requestContexts = new RequestAttributeSecurityContextRepository();

    BearerCitizenTokenFilter(CitizenSessions sessions, AuthenticationEntryPoint refusal) {
        this.sessions = sessions;
        this.refusal = refusal;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            chain.doFilter(request, response);
            return;
        }
        var citizen = sessions.authenticate(header.substring(BEARER.length()).strip());
        if (citizen.isEmpty()) {
            contexts.clearContext();
            refusal.commence(request, response, new BadCredentialsException("Unknown, signed-out or expired token"));
            return;
        }
        var context = contexts.createEmptyContext();
        context.setAuthentication(new CitizenTokenAuthentication(citizen.get()));
        contexts.setContext(context);
        // Kept on the request too, so error dispatches of the same request still know who it is.
        requestContexts.saveContext(context, request, response);
        chain.doFilter(request, response);
    }
}
