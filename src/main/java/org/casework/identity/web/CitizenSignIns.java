package org.casework.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.UUID;
import org.casework.identity.CitizenCredentials;
import org.casework.identity.CitizenSignInCodes;
import org.casework.identity.Citizens;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.stereotype.Component;

/**
 * Citizens signing in to the portal with their email address and password, kept apart from staff: their own
 * security context in the session (so a citizen's sign-in can never open a staff page, nor the reverse), their own
 * saved request, and the same lockout as staff after repeated wrong passwords or codes. With two-factor sign-in on,
 * the password only earns a code (by email, or by text for those who hear from us by text); the citizen is signed in once they type it ({@link #signIn}).
 */
@Component
class CitizenSignIns implements AuthenticationSuccessHandler, AuthenticationFailureHandler {

    static final String ROLE = "ROLE_CITIZEN";
    static final String PENDING = "casework.citizen.pending-sign-in";

    /** Where the sign-in code went ({@link CitizenSignInCodes.Sent}), for the page that asks for it. */
    static final String CODE_SENT = "casework.citizen.code-sent";

    static final String LAST_EMAIL = "casework.citizen.email";

    private static final Logger log = LoggerFactory.getLogger(CitizenSignIns.class);

    private final JdbcClient db;
    private final Clock clock;
    private final Citizens citizens;
    private final CitizenSignInCodes codes;
    private final CitizenCredentials credentials;
    private final HttpSessionSecurityContextRepository contexts = new HttpSessionSecurityContextRepository();
    private final HttpSessionRequestCache savedRequests = new HttpSessionRequestCache();

    CitizenSignIns(
            JdbcClient db, Clock clock, Citizens citizens, CitizenSignInCodes codes, CitizenCredentials credentials) {
        this.db = db;
        this.clock = clock;
        this.citizens = citizens;
        this.codes = codes;
        this.credentials = credentials;
        contexts.setSpringSecurityContextKey("CASEWORK_CITIZEN_SECURITY_CONTEXT");
        savedRequests.setSessionAttrName("CASEWORK_CITIZEN_SAVED_REQUEST");
        savedRequests.setMatchingRequestParameterName(null);
    }

    HttpSessionSecurityContextRepository contexts() {
        return contexts;
    }

    HttpSessionRequestCache savedRequests() {
        return savedRequests;
    }

    /** The account behind an email address, named by its id (the address can change; the id cannot). */
    UserDetails load(String email) {
        return db.sql("""
                        select id, password_hash, email_verified_at, locked_until from citizens
                        where email_key = :key""")
                .param("key", email == null ? "" : email.strip().toLowerCase(Locale.ROOT))
                .query((row, rowNumber) -> User.withUsername(
                                row.getObject("id", UUID.class).toString())
                        .password(row.getString("password_hash"))
                        .disabled(row.getObject("email_verified_at", OffsetDateTime.class) == null)
                        .accountLocked(isLocked(row.getObject("locked_until", OffsetDateTime.class)))
                        .authorities(ROLE)
                        .build())
                .optional()
                .orElseThrow(() -> new UsernameNotFoundException("No citizen has that email address"));
    }

    @Override
    public void onAuthenticationSuccess(
            HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws IOException {
        var id = UUID.fromString(authentication.getName());
        var account = citizens.find(id).orElseThrow();
        if (account.twoFactor()) {
            // The password alone is not enough: forget it was given until the code is.
            var empty = SecurityContextHolder.createEmptyContext();
            SecurityContextHolder.setContext(empty);
            contexts.saveContext(empty, request, response);
            request.getSession().setAttribute(PENDING, id);
            request.getSession().setAttribute(CODE_SENT, codes.send(id));
            response.sendRedirect("/portal/sign-in/code");
            return;
        }
        succeeded(id);
        continueTo(request, response);
    }

    @Override
    public void onAuthenticationFailure(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException {
        var email = request.getParameter("email");
        var outcome = "wrong";
        if (exception instanceof LockedException) {
            outcome = "locked";
        } else if (exception instanceof DisabledException) {
            outcome = "unconfirmed";
        } else if (exception instanceof BadCredentialsException && email != null && !email.isBlank()) {
            if (recordFailure(email)) outcome = "locked";
        }
        log.info("Citizen sign-in refused ({})", outcome);
        request.getSession().setAttribute(LAST_EMAIL, email);
        response.sendRedirect("/portal/sign-in?error=" + outcome);
    }

    /** Signs in the citizen whose sign-in waits for its code, once the code is right. */
    void signIn(UUID id, HttpServletRequest request, HttpServletResponse response) throws IOException {
        request.getSession().removeAttribute(PENDING);
        request.changeSessionId();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                id.toString(), null, AuthorityUtils.createAuthorityList(ROLE)));
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
        succeeded(id);
        continueTo(request, response);
    }

    private void continueTo(HttpServletRequest request, HttpServletResponse response) throws IOException {
        var saved = savedRequests.getRequest(request, response);
        savedRequests.removeRequest(request, response);
        response.sendRedirect(saved == null ? "/portal/requests" : saved.getRedirectUrl());
    }

    void succeeded(UUID id) {
        credentials.succeeded(id);
    }

    /** Adds one failure for the account with this address, if there is one; returns whether it is now locked. */
    boolean recordFailure(String email) {
        return db.sql("select id from citizens where email_key = :key")
                .param("key", email.strip().toLowerCase(Locale.ROOT))
                .query(UUID.class)
                .optional()
                .map(this::recordFailure)
                .orElse(false);
    }

    /** Adds one failure (a wrong password or code); returns whether the account is now locked. */
    boolean recordFailure(UUID id) {
        return credentials.recordFailure(id);
    }

    boolean isLocked(UUID id) {
        return credentials.isLocked(id);
    }

    private boolean isLocked(OffsetDateTime lockedUntil) {
        return lockedUntil != null && lockedUntil.toInstant().isAfter(clock.instant());
    }
}
