package org.casework.identity.web;

import java.util.Map;
import org.casework.identity.CitizenMail;
import org.casework.identity.CitizenRefused;
import org.casework.identity.Citizens;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * A citizen's forgotten password: their email address earns a one-time link (the page says the same whether or not
 * there is an account), and the link leads to choosing a new password.
 */
@Controller
@PreAuthorize("permitAll()")
class PortalPasswordPages {

    private final Citizens citizens;
    private final CitizenMail mail;

    PortalPasswordPages(Citizens citizens, CitizenMail mail) {
        this.citizens = citizens;
        this.mail = mail;
    }

    @GetMapping("/portal/forgotten-password")
    ModelAndView ask(@RequestParam(required = false) String sent) {
        var page = new ModelAndView("portal/forgotten-password");
        page.addObject("sent", sent != null);
        page.addObject("problems", Map.of());
        page.addObject("validMinutes", Citizens.PASSWORD_LINK_VALID_FOR.toMinutes());
        return page;
    }

    @PostMapping("/portal/forgotten-password")
    ModelAndView send(@RequestParam(defaultValue = "") String email) {
        if (email.isBlank()) {
            var page = ask(null);
            page.addObject("problems", Map.of("email", "Enter your email address"));
            return page;
        }
        citizens.newPasswordLink(email).ifPresent(mail::newPassword);
        return new ModelAndView("redirect:/portal/forgotten-password?sent");
    }

    @GetMapping("/portal/new-password")
    ModelAndView choose(@RequestParam(defaultValue = "") String token) {
        if (!citizens.isValidPasswordLink(token)) return expired();
        return page(token, Map.of());
    }

    @PostMapping("/portal/new-password")
    ModelAndView change(
            @RequestParam(defaultValue = "") String token, @RequestParam(defaultValue = "") String password) {
        try {
            if (citizens.choosePassword(token, password)) {
                return new ModelAndView("redirect:/portal/sign-in?password-changed");
            }
            return expired();
        } catch (CitizenRefused refused) {
            return page(token, refused.problems());
        }
    }

    private static ModelAndView page(String token, Map<String, String> problems) {
        var page = new ModelAndView("portal/new-password");
        page.addObject("token", token);
        page.addObject("problems", problems);
        page.addObject("minimumLength", Citizens.MINIMUM_PASSWORD_LENGTH);
        return page;
    }

    private static ModelAndView expired() {
        var page = new ModelAndView("portal/link-expired");
        page.addObject("again", "/portal/forgotten-password");
        page.addObject("againText", "Get a new link to choose a password");
        return page;
    }
}
