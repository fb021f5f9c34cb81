package org.casework.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.casework.identity.NewTwoFactorSecret;
import org.casework.identity.Role;
import org.casework.identity.StaffPrincipal;
import org.casework.identity.TwoFactor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The "Account" page for two-factor sign-in: set it up (scan the QR code or type the secret, then prove it with a
 * code), or turn it off with a current code. Administrators must have it, so they are sent here until they set it up
 * and are never offered to turn it off.
 */
@Controller
@PreAuthorize("isAuthenticated()")
@RequestMapping("/account/two-factor")
class TwoFactorAccountPage {

    /** The secret being set up lives in the session until a code proves the app has it. */
    private static final String PENDING = TwoFactorAccountPage.class.getName() + ".pending";

    private final TwoFactor twoFactor;
    private final SignInAttempts attempts;

    TwoFactorAccountPage(TwoFactor twoFactor, SignInAttempts attempts) {
        this.twoFactor = twoFactor;
        this.attempts = attempts;
    }

    @GetMapping
    ModelAndView show(
            StaffPrincipal me,
            HttpSession session,
            @RequestParam(name = "turned-on", required = false) String turnedOn,
            @RequestParam(name = "turned-off", required = false) String turnedOff) {
        if (twoFactor.isOn(me.username())) {
            session.removeAttribute(PENDING);
            var page = on(me, null);
            page.addObject("turnedOn", turnedOn != null);
            return page;
        }
        var page = setUp(me, session, null);
        page.addObject("turnedOff", turnedOff != null);
        return page;
    }

    @PostMapping
    ModelAndView turnOn(
            @RequestParam(defaultValue = "") String code,
            StaffPrincipal me,
            HttpSession session,
            HttpServletRequest request,
            HttpServletResponse response) {
        if (!(session.getAttribute(PENDING) instanceof NewTwoFactorSecret pending)) {
            return new ModelAndView("redirect:/account/two-factor");
        }
        if (code.isBlank()) return setUp(me, session, "Enter the code from your authenticator app");
        if (!twoFactor.turnOn(me.username(), pending.secret(), code)) {
            return setUp(me, session, "Enter the code your authenticator app shows now");
        }
        session.removeAttribute(PENDING);
        // The code just given is this session's second factor: no need to ask for another.
        SecondFactor.grant(request, response);
        return new ModelAndView("redirect:/account/two-factor?turned-on");
    }

    @PostMapping("/off")
    ModelAndView turnOff(
            @RequestParam(defaultValue = "") String code,
            StaffPrincipal me,
            Authentication authentication,
            HttpServletRequest request,
            HttpServletResponse response) {
        if (code.isBlank()) return on(me, "Enter the code from your authenticator app");
        if (!twoFactor.turnOff(me, code)) {
            if (attempts.recordFailure(me.username())) {
                new SecurityContextLogoutHandler().logout(request, response, authentication);
                return new ModelAndView("redirect:/sign-in?error=locked");
            }
            return on(me, "Enter the code your authenticator app shows now");
        }
        return new ModelAndView("redirect:/account/two-factor?turned-off");
    }

    private ModelAndView on(StaffPrincipal me, String error) {
        var page = new ModelAndView("identity/two-factor-on");
        page.addObject("mayTurnOff", !me.roles().contains(Role.ADMIN));
        page.addObject("error", error);
        page.addObject("section", "account");
        return page;
    }

    private ModelAndView setUp(StaffPrincipal me, HttpSession session, String error) {
        var pending = session.getAttribute(PENDING) instanceof NewTwoFactorSecret existing
                ? existing
                : twoFactor.newSecret(me.username());
        session.setAttribute(PENDING, pending);
        var page = new ModelAndView("identity/two-factor-set-up");
        page.addObject("secret", pending.secret());
        page.addObject("qrCode", pending.qrCodeDataUri());
        page.addObject("required", me.roles().contains(Role.ADMIN));
        page.addObject("error", error);
        page.addObject("section", "account");
        // An administrator who must set it up first has nowhere else to go yet.
        page.addObject("halfSignedIn", me.roles().contains(Role.ADMIN));
        return page;
    }
}
