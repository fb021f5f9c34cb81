package org.casework.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.casework.identity.SignInProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.stereotype.Component;

/**
 * Counts failed sign-ins so that guessing a password is slow: after {@code maxFailures} wrong passwords in a row the
 * account is locked for {@code lockout}, and a right password resets the count. Failures for usernames that do not
 * exist are not recorded anywhere, so the count cannot be used to fill the database. Wrong two-factor codes count
 * too; for someone with two-factor sign-in on, only a right code resets the count, or signing in again with the
 * password would buy an unlimited number of guesses at the code.
 */
@Component
class SignInAttempts implements AuthenticationFailureHandler {

    static final String LAST_USERNAME = "casework.sign-in.username";

    private static final Logger log = LoggerFactory.getLogger(SignInAttempts.class);

    private final JdbcClient db;
    private final Clock clock;
    private final SignInProperties properties;

    SignInAttempts(JdbcClient db, Clock clock, SignInProperties properties) {
        this.db = db;
        this.clock = clock;
        this.properties = properties;
    }

    @Override
    public void onAuthenticationFailure(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException {
        var username = request.getParameter("username");
        var outcome = "wrong";
        if (exception instanceof LockedException) {
            outcome = "locked";
        } else if (exception instanceof BadCredentialsException && username != null && !username.isBlank()) {
            if (recordFailure(username.trim())) outcome = "locked";
        }
        log.info("Sign-in refused ({})", outcome);
        // Given back to the page so the officer need not type the username again.
        request.getSession().setAttribute(LAST_USERNAME, username);
        response.sendRedirect(request.getContextPath() + "/sign-in?error=" + outcome);
    }

    @EventListener
    void signedIn(AuthenticationSuccessEvent event) {
        if (!(event.getAuthentication() instanceof UsernamePasswordAuthenticationToken authentication)) return;
        if (SecondFactor.isEnrolled(authentication)) return;
        succeeded(authentication.getName());
    }

    /** A complete sign-in: the count starts again. */
    void succeeded(String username) {
        db.sql("""
                        update users set failed_sign_ins = 0, locked_until = null
                        where username = :username and (failed_sign_ins > 0 or locked_until is not null)""").param("username", username).update();
    }

    boolean isLocked(String username) {
        return db.sql("select count(*) from users where username = :username and locked_until > :now")
                        .param("username", username)
                        .param("now", OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** Adds one failure; returns whether the account is now locked. */
    boolean recordFailure(String username) {
        var now = clock.instant();
        var until = OffsetDateTime.ofInstant(now.plus(properties.lockout()), ZoneOffset.UTC);
        // Reaching the limit locks the account and starts the count again, so that after the lock a single slip
        // does not lock it at once.
        db.sql("""
                        update users
                        set locked_until = case when failed_sign_ins + 1 >= :max then :until else locked_until end,
                            failed_sign_ins = case when failed_sign_ins + 1 >= :max then 0 else failed_sign_ins + 1 end
                        where username = :username and password_hash is not null""")
                .param("max", properties.maxFailures())
                .param("until", until)
                .param("username", username)
                .update();
        return isLocked(username);
    }
}
