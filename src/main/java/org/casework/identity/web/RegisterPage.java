package org.casework.identity.web;

import java.util.Map;
import org.casework.identity.CitizenMail;
import org.casework.identity.CitizenRefused;
import org.casework.identity.Citizens;
import org.casework.identity.NewCitizen;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Creating a citizen account: name, email address and password, then a link emailed to confirm the address. The
 * answer is the same whether or not the address already has an account (its holder gets an email saying so), so the
 * page cannot be used to find out who has one.
 */
@Controller
@PreAuthorize("permitAll()")
class RegisterPage {

    private final Citizens citizens;
    private final CitizenMail mail;

    RegisterPage(Citizens citizens, CitizenMail mail) {
        this.citizens = citizens;
        this.mail = mail;
    }

    /** What the form posts; kept to show again when something is wrong (never the password). */
    record Form(String givenName, String familyName, String email, String password) {}

    @GetMapping("/portal/register")
    ModelAndView form() {
        return page(new Form(null, null, null, null), Map.of());
    }

    @PostMapping("/portal/register")
    ModelAndView register(@ModelAttribute Form form, RedirectAttributes flash) {
        try {
            // register() has committed before the email goes, so the link in it always works.
            mail.registered(citizens.register(
                    new NewCitizen(form.email(), form.password(), form.givenName(), form.familyName())));
        } catch (CitizenRefused refused) {
            return page(form, refused.problems());
        }
        flash.addFlashAttribute("email", form.email().strip());
        return new ModelAndView("redirect:/portal/register/check-email");
    }

    @GetMapping("/portal/register/check-email")
    ModelAndView checkEmail() {
        var page = new ModelAndView("portal/check-email");
        page.addObject("validHours", Citizens.VERIFY_LINK_VALID_FOR.toHours());
        return page;
    }

    @GetMapping("/portal/verify")
    ModelAndView verify(@RequestParam(defaultValue = "") String token) {
        if (citizens.verifyEmail(token).isPresent()) return new ModelAndView("redirect:/portal/sign-in?confirmed");
        var page = new ModelAndView("portal/link-expired");
        page.addObject("again", "/portal/register/new-link");
        page.addObject("againText", "Get a new confirmation link");
        return page;
    }

    @GetMapping("/portal/register/new-link")
    ModelAndView newLinkForm() {
        var page = new ModelAndView("portal/new-link");
        page.addObject("problems", Map.of());
        return page;
    }

    @PostMapping("/portal/register/new-link")
    ModelAndView newLink(@RequestParam(defaultValue = "") String email, RedirectAttributes flash) {
        if (email.isBlank()) {
            var page = newLinkForm();
            page.addObject("problems", Map.of("email", "Enter your email address"));
            return page;
        }
        citizens.newVerificationLink(email).ifPresent(mail::registered);
        flash.addFlashAttribute("email", email.strip());
        return new ModelAndView("redirect:/portal/register/check-email");
    }

    private static ModelAndView page(Form form, Map<String, String> problems) {
        var page = new ModelAndView("portal/register");
        page.addObject("form", form);
        page.addObject("problems", problems);
        page.addObject("minimumLength", Citizens.MINIMUM_PASSWORD_LENGTH);
        return page;
    }
}
