package org.casework.identity.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.casework.identity.ApiKeys;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Signs a request in as the owner of the API key in its {@code Authorization: Bearer} header. A request without one
 * goes on anonymously and is refused later if the endpoint needs a key; a wrong key is refused at once. The key is never
 * logged or kept: the request holds only the staff member it stands for.
 */
final class BearerApiKeyFilter extends OncePerRequestFilter {

    private static final String BEARER = "Bearer ";

    private final ApiKeys apiKeys;
    private final AuthenticationEntryPoint refusal;
    private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();
    private final SecurityContextRepository requestContexts = new RequestAttributeSecurityContextRepository();

    BearerApiKeyFilter(ApiKeys apiKeys, AuthenticationEntryPoint refusal) {
        this.apiKeys = apiKeys;
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
        var staff = apiKeys.authenticate(header.substring(BEARER.length()).strip());
        if (staff.isEmpty()) {
            contexts.clearContext();
            refusal.commence(request, response, new BadCredentialsException("Unknown or revoked API key"));
            return;
        }
        var context = contexts.createEmptyContext();
        context.setAuthentication(new ApiKeyAuthentication(staff.get()));
        contexts.setContext(context);
        // Kept on the request too, so async and error dispatches of the same request still know who it is.
        requestContexts.saveContext(context, request, response);
        chain.doFilter(request, response);
    }
}
