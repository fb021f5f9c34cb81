package org.casework.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.function.Predicate;
import org.casework.identity.Role;
import org.springframework.security.authorization.AuthorizationManagerFactories;
import org.springframework.security.authorization.AuthorizationManagerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/**
 * The second factor of a staff sign-in, in Spring Security's multi-factor terms: a password sign-in carries the
 * {@code FACTOR_PASSWORD} authority; a correct authenticator code adds {@link #AUTHORITY}. Pages demand it of staff who
 * have two-factor sign-in on ({@link #ENROLLED}, added when their account is read) and of every administrator, whose
 * sign-in is not finished until they have set it up.
 */
final class SecondFactor {

    /** Granted once a current authenticator code is entered in this session. */
    static final String AUTHORITY = "FACTOR_TOTP";

    /** Marks someone with two-factor sign-in on. Not a factor: it says what they must show, not what they showed. */
    static final String ENROLLED = "TWO_FACTOR_ON";

    private SecondFactor() {}

    /** Pages in general: a code from anyone who has it on, and from administrators, who must. */
    static AuthorizationManagerFactory<RequestAuthorizationContext> requiredOfEnrolledStaffAndAdministrators() {
        return requiredWhen(
                authentication -> isEnrolled(authentication) || has(authentication, Role.ADMIN.authority()));
    }

    /** The two-factor settings: an administrator who has not set it up yet must still reach them to do so. */
    static AuthorizationManagerFactory<RequestAuthorizationContext> requiredOfEnrolledStaff() {
        return requiredWhen(SecondFactor::isEnrolled);
    }

    private static AuthorizationManagerFactory<RequestAuthorizationContext> requiredWhen(
            Predicate<Authentication> condition) {
        return AuthorizationManagerFactories.<RequestAuthorizationContext>multiFactor()
                .requireFactors(AUTHORITY)
                .when(condition)
                .build();
    }

    static boolean isEnrolled(Authentication authentication) {
        return has(authentication, ENROLLED);
    }

    static boolean has(Authentication authentication, String authority) {
        return authentication != null
                && authentication.getAuthorities().stream()
                        .anyMatch(granted -> authority.equals(granted.getAuthority()));
    }

    /**
     * Records in the signed-in session that the second factor was shown (and that two-factor sign-in is on, for one
     * just set up). The session gets a new id, as at any change of privilege, so an id seen before is worth nothing.
     */
    static void grant(HttpServletRequest request, HttpServletResponse response) {
        var current = SecurityContextHolder.getContext().getAuthentication();
        if (current == null) throw new IllegalStateException("Only a signed-in session can add a second factor");
        var elevated = current.toBuilder()
                .authorities(authorities -> {
                    authorities.add(FactorGrantedAuthority.fromAuthority(AUTHORITY));
                    if (authorities.stream().noneMatch(granted -> ENROLLED.equals(granted.getAuthority()))) {
                        authorities.add(new SimpleGrantedAuthority(ENROLLED));
                    }
                })
                .build();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(elevated);
        SecurityContextHolder.setContext(context);
        request.changeSessionId();
        new HttpSessionSecurityContextRepository().saveContext(context, request, response);
    }
}
