package org.casework.identity.web;

import java.util.LinkedHashMap;
import org.casework.identity.PasswordResets;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/** Where a forgotten-password link leads: "Choose a new password", then back to sign in. */
@Controller
@PreAuthorize("permitAll()")
@RequestMapping("/sign-in/new-password")
class NewPasswordPage {

    private final PasswordResets resets;

    NewPasswordPage(PasswordResets resets) {
        this.resets = resets;
    }

    @GetMapping
    ModelAndView choose(@RequestParam(required = false) String token) {
        if (resets.holderOf(token).isEmpty()) return linkExpired();
        return form(token, new LinkedHashMap<>());
    }

    @PostMapping
    ModelAndView save(
            @RequestParam(defaultValue = "") String token,
            @RequestParam(defaultValue = "") String password,
            @RequestParam(name = "confirm-password", defaultValue = "") String confirmation) {
        if (resets.holderOf(token).isEmpty()) return linkExpired();
        // Field id to message, in the order the fields appear, for the error summary.
        var errors = new LinkedHashMap<String, String>();
        if (password.isEmpty()) {
            errors.put("password", "Enter a new password");
        } else if (password.length() < PasswordResets.MINIMUM_PASSWORD_LENGTH) {
            errors.put(
                    "password", "Password must be " + PasswordResets.MINIMUM_PASSWORD_LENGTH + " characters or more");
        } else if (!password.equals(confirmation)) {
            errors.put("confirm-password", "Enter the same password twice");
        }
        if (!errors.isEmpty()) return form(token, errors);
        if (!resets.redeem(token, password)) return linkExpired();
        return new ModelAndView("redirect:/sign-in?password-changed");
    }

    private ModelAndView form(String token, LinkedHashMap<String, String> errors) {
        var page = new ModelAndView("identity/new-password");
        page.addObject("token", token);
        page.addObject("errors", errors);
        page.addObject("minimumLength", PasswordResets.MINIMUM_PASSWORD_LENGTH);
        return page;
    }

    private ModelAndView linkExpired() {
        var page = new ModelAndView("identity/link-expired");
        page.addObject("validMinutes", PasswordResets.VALID_FOR.toMinutes());
        return page;
    }
}
