package org.casework.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Map;
import java.util.UUID;
import org.casework.identity.CitizenSignInCodes;
import org.casework.identity.Citizens;
import org.casework.identity.SignInProperties;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The portal's sign-in page (Spring Security's form login checks what it posts) and, for citizens with two-factor
 * sign-in on, the page that takes the code sent to them.
 */
@Controller
@PreAuthorize("permitAll()")
class PortalSignInPage {

    private final SignInProperties properties;
    private final Citizens citizens;
    private final CitizenSignIns signIns;
    private final CitizenSignInCodes codes;

    PortalSignInPage(SignInProperties properties, Citizens citizens, CitizenSignIns signIns, CitizenSignInCodes codes) {
        this.properties = properties;
        this.citizens = citizens;
        this.signIns = signIns;
        this.codes = codes;
    }

    @GetMapping("/portal/sign-in")
    ModelAndView signIn(
            @RequestParam(required = false) String error,
            @RequestParam(name = "signed-out", required = false) String signedOut,
            @RequestParam(name = "password-changed", required = false) String passwordChanged,
            @RequestParam(name = "confirmed", required = false) String confirmed,
            HttpSession session) {
        var page = new ModelAndView("portal/sign-in");
        page.addObject("section", "sign-in");
        page.addObject("problems", error == null ? Map.of() : Map.of("email", message(error)));
        page.addObject("unconfirmed", "unconfirmed".equals(error));
        page.addObject(
                "success",
                signedOut != null
                        ? "You have signed out"
                        : passwordChanged != null
                                ? "Your password has been changed. Sign in with your new password"
                                : confirmed != null ? "Your email address is confirmed. Sign in to continue" : null);
        page.addObject("email", session.getAttribute(CitizenSignIns.LAST_EMAIL));
        session.removeAttribute(CitizenSignIns.LAST_EMAIL);
        return page;
    }

    private String message(String error) {
        return switch (error) {
            case "locked" ->
                "Your account is locked after too many wrong passwords or codes. Try again in "
                        + properties.lockout().toMinutes() + " minutes";
            case "unconfirmed" -> "Confirm your email address before you sign in: open the link we emailed you";
            default -> "Enter a correct email address and password";
        };
    }

    @GetMapping("/portal/sign-in/code")
    ModelAndView code(HttpSession session, @RequestParam(required = false) String resent) {
        if (!(session.getAttribute(CitizenSignIns.PENDING) instanceof UUID)) {
            return new ModelAndView("redirect:/portal/sign-in");
        }
        var page = new ModelAndView("portal/sign-in-code");
        page.addObject("section", "sign-in");
        page.addObject("problems", Map.of());
        page.addObject("success", resent != null ? "We have sent you a new code" : null);
        page.addObject("validMinutes", Citizens.SIGN_IN_CODE_VALID_FOR.toMinutes());
        page.addObject(
                "sent",
                session.getAttribute(CitizenSignIns.CODE_SENT) instanceof CitizenSignInCodes.Sent sent
                        ? sent
                        : new CitizenSignInCodes.Sent(null));
        return page;
    }

    @PostMapping("/portal/sign-in/code")
    ModelAndView checkCode(
            @RequestParam(defaultValue = "") String code,
            HttpServletRequest request,
            HttpServletResponse response,
            HttpSession session)
            throws IOException {
        if (!(session.getAttribute(CitizenSignIns.PENDING) instanceof UUID id)) {
            return new ModelAndView("redirect:/portal/sign-in");
        }
        if (signIns.isLocked(id)) {
            session.removeAttribute(CitizenSignIns.PENDING);
            return new ModelAndView("redirect:/portal/sign-in?error=locked");
        }
        if (citizens.acceptSignInCode(id, code)) {
            signIns.signIn(id, request, response);
            return null;
        }
        if (signIns.recordFailure(id)) {
            session.removeAttribute(CitizenSignIns.PENDING);
            return new ModelAndView("redirect:/portal/sign-in?error=locked");
        }
        var page = code(session, null);
        page.addObject(
                "problems",
                Map.of(
                        "code",
                        code.isBlank()
                                ? "Enter the code we sent you"
                                : "The code is not right, or it has run out. Check the message, or get a new code"));
        return page;
    }

    @PostMapping("/portal/sign-in/code/new")
    ModelAndView newCode(HttpSession session) {
        if (!(session.getAttribute(CitizenSignIns.PENDING) instanceof UUID id)) {
            return new ModelAndView("redirect:/portal/sign-in");
        }
        session.setAttribute(CitizenSignIns.CODE_SENT, codes.send(id));
        return new ModelAndView("redirect:/portal/sign-in/code?resent");
    }
}
