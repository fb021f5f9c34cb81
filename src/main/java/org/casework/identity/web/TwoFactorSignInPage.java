package org.casework.identity.web;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.casework.identity.Role;
import org.casework.identity.TwoFactor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The second step of signing in: the code from the authenticator app. Every page sends a session here until it has
 * given one (see {@link SecondFactor}); an administrator who has not set two-factor sign-in up is sent on to do so.
 * A wrong code counts as a wrong password towards the lockout.
 */
@Controller
@PreAuthorize("isAuthenticated()")
@RequestMapping("/sign-in/two-factor")
class TwoFactorSignInPage {

    private static final Logger log = LoggerFactory.getLogger(TwoFactorSignInPage.class);

    private final TwoFactor twoFactor;
    private final SignInAttempts attempts;
    private final SavedRequestAwareAuthenticationSuccessHandler onward =
            new SavedRequestAwareAuthenticationSuccessHandler();

    TwoFactorSignInPage(TwoFactor twoFactor, SignInAttempts attempts) {
        this.twoFactor = twoFactor;
        this.attempts = attempts;
    }

    @GetMapping
    ModelAndView ask(Authentication authentication) {
        if (SecondFactor.has(authentication, SecondFactor.AUTHORITY)) return new ModelAndView("redirect:/");
        if (!twoFactor.isOn(authentication.getName())) {
            return new ModelAndView(
                    SecondFactor.has(authentication, Role.ADMIN.authority())
                            ? "redirect:/account/two-factor"
                            : "redirect:/");
        }
        return form(null);
    }

    @PostMapping
    ModelAndView check(
            @RequestParam(defaultValue = "") String code,
            Authentication authentication,
            HttpServletRequest request,
            HttpServletResponse response)
            throws IOException, ServletException {
        var username = authentication.getName();
        if (attempts.isLocked(username)) return lockedOut(request, response, authentication);
        if (code.isBlank()) return form("Enter the code from your authenticator app");
        if (!twoFactor.check(username, code)) {
            log.info("Two-factor code refused");
            if (attempts.recordFailure(username)) return lockedOut(request, response, authentication);
            return form("Enter the code your authenticator app shows now");
        }
        attempts.succeeded(username);
        SecondFactor.grant(request, response);
        // On to the page that sent them here, as after a password.
        onward.onAuthenticationSuccess(
                request, response, SecurityContextHolder.getContext().getAuthentication());
        return null;
    }

    private static ModelAndView form(String error) {
        var page = new ModelAndView("identity/two-factor-code");
        page.addObject("error", error);
        page.addObject("halfSignedIn", true);
        return page;
    }

    /** Locked: the half-finished sign-in ends, as it would for a wrong password. */
    private static ModelAndView lockedOut(
            HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
        new SecurityContextLogoutHandler().logout(request, response, authentication);
        return new ModelAndView("redirect:/sign-in?error=locked");
    }
}
