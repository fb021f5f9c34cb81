package org.casework.identity.web;

import jakarta.servlet.http.HttpSession;
import org.casework.identity.SignInProperties;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/** The staff sign-in page; Spring Security's form login checks what it posts. */
@Controller
@PreAuthorize("permitAll()")
class SignInPage {

    private final SignInProperties properties;

    SignInPage(SignInProperties properties) {
        this.properties = properties;
    }

    @GetMapping("/sign-in")
    ModelAndView signIn(
            @RequestParam(required = false) String error,
            @RequestParam(name = "signed-out", required = false) String signedOut,
            @RequestParam(name = "password-changed", required = false) String passwordChanged,
            HttpSession session) {
        var page = new ModelAndView("identity/sign-in");
        page.addObject("error", message(error));
        page.addObject("signedOut", signedOut != null);
        page.addObject("passwordChanged", passwordChanged != null);
        page.addObject("username", session.getAttribute(SignInAttempts.LAST_USERNAME));
        session.removeAttribute(SignInAttempts.LAST_USERNAME);
        return page;
    }

    private String message(String error) {
        if (error == null) return null;
        if (error.equals("locked")) {
            return "Your account is locked after too many wrong passwords or codes. Try again in "
                    + properties.lockout().toMinutes() + " minutes, or ask an administrator to unlock it";
        }
        return "Enter a correct username and password";
    }
}
