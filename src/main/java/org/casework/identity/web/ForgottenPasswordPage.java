package org.casework.identity.web;

import org.casework.identity.PasswordResetMail;
import org.casework.identity.PasswordResets;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * "Forgotten your password?": asks for a username or email address and emails a one-time link. The answer is the
 * same whether or not the account exists, so the page cannot be used to find out who works here.
 */
@Controller
@PreAuthorize("permitAll()")
@RequestMapping("/sign-in/forgotten-password")
class ForgottenPasswordPage {

    private final PasswordResets resets;
    private final PasswordResetMail mail;

    ForgottenPasswordPage(PasswordResets resets, PasswordResetMail mail) {
        this.resets = resets;
        this.mail = mail;
    }

    @GetMapping
    ModelAndView ask(@RequestParam(required = false) String sent) {
        var page = new ModelAndView("identity/forgotten-password");
        page.addObject("sent", sent != null);
        page.addObject("validMinutes", PasswordResets.VALID_FOR.toMinutes());
        return page;
    }

    @PostMapping
    ModelAndView send(@RequestParam(defaultValue = "") String account) {
        if (account.isBlank()) {
            var page = ask(null);
            page.addObject("error", "Enter your username or email address");
            return page;
        }
        // issue() has committed before the email goes, so the link in it always works.
        resets.issue(account).ifPresent(mail::send);
        return new ModelAndView("redirect:/sign-in/forgotten-password?sent");
    }
}
